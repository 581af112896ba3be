import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createLogger } from '../launcher/createLogger'
import { projectPaths } from '../launcher/projectPaths'
import { startStack } from '../launcher/startStack'

// `npm run bench:pages`: the built portal with the sample library, loaded over loopback by autocannon
// in a second process (50 connections, bounded duration). Targets (issue 4): the article page serves
// at least half the static asset's requests per second, with p99 ≤ 50 ms.
const connections = 50
const seconds = 8
const targets: Array<[name: string, path: string]> = [
  ['static', '/favicon.svg'],
  ['home', '/'],
  ['article', '/articles/red-family-tradition'],
  ['list', '/articles'],
]

interface Result {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
}

const run = promisify(execFile)
const autocannon = path.join(projectPaths.root, 'node_modules/autocannon/autocannon.js')
async function load(url: string, duration: number): Promise<Result> {
  const { stdout } = await run(process.execPath, [autocannon, '-c', String(connections), '-d', String(duration), '-j', url], {
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(stdout) as Result
}

const log = createLogger('bench:pages')
const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-bench-pages-'))
await chmod(dataDir, 0o755)
const quiet = { ...log, line: () => undefined }
const stack = await startStack({
  mode: 'production',
  port: 0,
  host: '127.0.0.1',
  dataDir,
  log: quiet,
  onCrash: (message) => log.warn(message),
})
const results = new Map<string, Result>()
try {
  for (const [name, pathname] of targets) {
    const url = `${stack.url}${pathname}`
    await load(url, 2) // warm caches and JIT
    const result = await load(url, seconds)
    results.set(name, result)
    log.step(
      `${name.padEnd(8)} ${pathname.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  非2xx ${result.non2xx}  错误 ${result.errors}`,
    )
  }
} finally {
  await stack.stop()
  await rm(dataDir, { recursive: true, force: true })
}
const get = (name: string) => results.get(name) as Result
const ratio = get('article').requests.average / get('static').requests.average
const failures = [
  ratio < 0.5 && `article/static throughput ${ratio.toFixed(2)} < 0.5`,
  get('article').latency.p99 > 50 && `article p99 ${get('article').latency.p99} ms > 50 ms`,
  [...results.values()].some((result) => result.non2xx > 0 || result.errors > 0) && 'some requests failed',
].filter(Boolean)
for (const failure of failures) log.warn(`未达标：${failure}`)
const summary = targets.map(
  ([name]) =>
    `${name}_rps=${get(name).requests.average.toFixed(0)} ${name}_p50=${get(name).latency.p50} ${name}_p99=${get(name).latency.p99}`,
)
console.log(
  `bench:pages connections=${connections} seconds=${seconds} ${summary.join(' ')} article_static_ratio=${ratio.toFixed(2)} ${failures.length ? 'FAIL' : 'PASS'}`,
)
process.exit(failures.length ? 1 : 0)
