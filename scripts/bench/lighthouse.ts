import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { createLogger } from '../launcher/createLogger'
import { startStack } from '../launcher/startStack'
import { type SamplePage, samplePages } from '../samplePages'

// `npm run bench:lighthouse`: the built portal with the sample library, audited by Lighthouse (mobile
// form factor, simulated slow 4G and CPU throttling, its defaults) in Debian Chromium. Target (issue 4):
// performance, accessibility, best practices and SEO each ≥ 95 on the home, article, policy and video
// pages. Also reports the JavaScript each page type ships (inline and external scripts, uncompressed).
const audited: SamplePage[] = ['home', 'article', 'policy', 'video']
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const minimumScore = 95
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const log = createLogger('bench:lighthouse')

/** Bytes of JavaScript a page ships: inline script text plus every external script it loads. */
async function javascriptBytes(origin: string, pathname: string, cookie?: string): Promise<number> {
  const html = await (await fetch(`${origin}${pathname}`, { headers: cookie ? { cookie } : {} })).text()
  let bytes = 0
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue
    const source = /\bsrc="([^"]+)"/.exec(attributes)?.[1]
    bytes += source ? (await (await fetch(new URL(source, `${origin}${pathname}`))).arrayBuffer()).byteLength : Buffer.byteLength(body)
  }
  return bytes
}

// Signed-in members also get the study tracker on detail pages; measured with a sample member's session.
const sampleMember = { username: '13800000002', password: 'bench-sample-member-2026' }
async function memberCookie(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sampleMember),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`示例党员登录失败：HTTP ${response.status}`)
  return `payload-token=${token}`
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-bench-lighthouse-'))
await chmod(dataDir, 0o755)
const stack = await startStack({
  mode: 'production',
  port: 0,
  host: '127.0.0.1',
  dataDir,
  sampleMemberPassword: sampleMember.password,
  log: { ...log, line: () => undefined },
  onCrash: (message) => log.warn(message),
})
const scores = new Map<string, Record<(typeof categories)[number], number>>()
const scriptBytes = new Map<string, number>()
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  for (const [name, pathname] of Object.entries(samplePages)) scriptBytes.set(name, await javascriptBytes(stack.url, pathname))
  const cookie = await memberCookie(stack.url)
  for (const name of ['article', 'video'] as const) {
    scriptBytes.set(`${name} (member)`, await javascriptBytes(stack.url, samplePages[name], cookie))
  }
  for (const name of audited) {
    const pathname = samplePages[name]
    await fetch(`${stack.url}${pathname}`) // fill the page cache, as a visited page would be
    const result = await lighthouse(`${stack.url}${pathname}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse 没有返回 ${pathname} 的结果`)
    if (lhr.runtimeError) throw new Error(`Lighthouse 运行出错（${pathname}）：${lhr.runtimeError.message}`)
    const pageScores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<
      (typeof categories)[number],
      number
    >
    scores.set(name, pageScores)
    const belowTarget = Object.values(lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
    )
    log.step(
      `${name.padEnd(8)} ${categories.map((id) => `${id} ${pageScores[id]}`).join('  ')}  JS ${scriptBytes.get(name)} B  LCP ${lhr.audits['largest-contentful-paint']?.displayValue ?? '?'}`,
    )
    for (const audit of belowTarget) log.step(`         ↳ ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`)
  }
} finally {
  chrome.kill()
  await stack.stop()
  await rm(dataDir, { recursive: true, force: true })
}

log.step(`JavaScript per page type: ${[...scriptBytes].map(([name, bytes]) => `${name} ${bytes} B`).join(', ')}`)
const failures = [...scores].flatMap(([name, pageScores]) =>
  categories.filter((id) => pageScores[id] < minimumScore).map((id) => `${name} ${id} ${pageScores[id]} < ${minimumScore}`),
)
for (const failure of failures) log.warn(`未达标：${failure}`)
const summary = [...scores].map(([name, pageScores]) => `${name}=${categories.map((id) => pageScores[id]).join('/')}`)
const maxScript = Math.max(...scriptBytes.values())
console.log(`bench:lighthouse mobile perf/a11y/bp/seo ${summary.join(' ')} max_js_bytes=${maxScript} ${failures.length ? 'FAIL' : 'PASS'}`)
process.exit(failures.length ? 1 : 0)
