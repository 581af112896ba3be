import { appendFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type HeartbeatLoadResult, type LoadMember, runHeartbeatLoad } from '../../scripts/bench/heartbeatLoad'
import { signInMembers } from '../../scripts/bench/signInMembers'
import { verifyAcknowledged } from '../../scripts/bench/verifyAcknowledged'
import type { Logger } from '../../scripts/launcher/createLogger'
import { type RunningStack, startStack } from '../../scripts/launcher/startStack'
import { artifactPath } from '../support/artifacts'
import { type ReaderLoad, startReaderLoad } from '../support/readerLoad'
import { stackAdmin } from '../support/stackAdmin'
import { testSecret } from '../support/testSecret'
import { testStackOptions } from '../support/testStackOptions'

// A stack of its own (not the shared one): this file kills its processes.
const logFile = artifactPath('crash-recovery.log')
const logLines: string[] = []
const log: Logger = {
  step: (message) => {
    logLines.push(message)
    appendFileSync(logFile, `${message}\n`)
  },
  warn: (message) => {
    logLines.push(message)
    appendFileSync(logFile, `WARN ${message}\n`)
  },
  line: (prefix, text) => appendFileSync(logFile, `${prefix} │ ${text}`),
}
const givenUp: string[] = []
let dataDir: string
let stack: RunningStack
let members: LoadMember[]
let readers: ReaderLoad
const heartbeatsStopped = new AbortController()
let heartbeats: Promise<HeartbeatLoadResult>
let cachedPaths: string[]
let firstArticle: { id: number; slug: string }

const statusOf = async (url: string, init: RequestInit = {}) => {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000), redirect: 'manual' })
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }
  } catch {
    return { status: 0, retryAfter: null, body: '' }
  }
}

async function storedEvents(): Promise<number> {
  const client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    return Number((await client.query<{ count: string }>('select count(*) from reading_events')).rows[0]?.count)
  } finally {
    await client.end()
  }
}

async function renameArticle(id: number, title: string): Promise<void> {
  const client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    await client.query('UPDATE articles SET title = $1 WHERE id = $2', [title, id])
  } finally {
    await client.end()
  }
}

/** Whether search and the article's page show this title (the change reached the CMS's index and the portal's cache). */
async function shownEverywhere(slug: string, title: string): Promise<{ search: boolean; page: boolean }> {
  const search = (await (await fetch(`${stack.url}/api/search?q=${encodeURIComponent(title)}`)).json()) as {
    results: Array<{ slug: string }>
  }
  const page = await (await fetch(`${stack.url}/articles/${slug}`)).text()
  return { search: search.results.some((result) => result.slug === slug), page: page.includes(title) }
}

// Right after a recovery the CMS also works off the heartbeat backlog, so changes get 5 s here (2 s in changeNotices).
const withinFiveSeconds = { timeout: 5_000, interval: 100 }

/** Waits until every cached path is answered from the portal's page cache (usable in hooks too). */
async function expectPagesCached(): Promise<void> {
  for (const cachedPath of cachedPaths) {
    await vi.waitFor(
      async () => {
        const response = await fetch(`${stack.url}${cachedPath}`, { signal: AbortSignal.timeout(10_000) })
        expect(response.headers.get('x-portal-cache')).toBe('hit')
      },
      { timeout: 30_000, interval: 200 },
    )
  }
}

/**
 * Kills a process the way the kernel's OOM killer does, waits until the launcher has a new one and both
 * health checks answer 200 through the public origin, and returns the outage window.
 */
async function killAndRecover(name: 'cms' | 'site' | 'postgres', whileDown: () => Promise<void> = async () => {}) {
  const supervised = stack.processes[name]
  if (!supervised) throw new Error(`no supervised ${name}`)
  const killed = supervised.pid as number
  const killedAt = Date.now()
  process.kill(killed, 'SIGKILL')
  await whileDown()
  await expect.poll(() => supervised.pid, { timeout: 30_000 }).toSatisfy((pid) => typeof pid === 'number' && pid !== killed)
  await expect
    .poll(async () => [(await statusOf(`${stack.url}/api/health`)).status, (await statusOf(`${stack.url}/healthz`)).status], {
      timeout: Math.max(1_000, killedAt + 30_000 - Date.now()),
      interval: 250,
    })
    .toEqual([200, 200])
  const recoveredAt = Date.now()
  const seconds = (recoveredAt - killedAt) / 1000
  console.log(`crash recovery: ${name} killed (pid ${killed}); /api/health and /healthz answer 200 again after ${seconds.toFixed(1)} s`)
  appendFileSync(logFile, `TEST recovery of ${name}: ${seconds.toFixed(1)} s\n`)
  expect(seconds).toBeLessThan(30)
  expect(givenUp).toEqual([])
  // Heartbeats are being stored again.
  const stored = await storedEvents()
  await expect.poll(storedEvents, { timeout: 30_000 }).toBeGreaterThan(stored)
  return readers.results.filter((result) => result.at >= killedAt && result.at <= recoveredAt)
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'portal-crash-'))
  await chmod(dataDir, 0o755)
  stack = await startStack(testStackOptions(dataDir, log, (message) => givenUp.push(message)))
  members = await signInMembers(stack.url, stackAdmin, 8, 4)
  const articles = (await (await fetch(`${stack.url}/api/articles?limit=3&depth=0`)).json()) as {
    docs: Array<{ id: number; slug: string }>
  }
  cachedPaths = ['/', '/articles', ...articles.docs.map((article) => `/articles/${article.slug}`)]
  firstArticle = articles.docs[0] as { id: number; slug: string }
  await expectPagesCached()
  readers = startReaderLoad({ url: stack.url, cachedPaths, readers: 3, pauseMs: 100 })
  heartbeats = runHeartbeatLoad({
    url: stack.url,
    members,
    articleIds: articles.docs.map((article) => article.id),
    seconds: 900,
    batchSize: 3,
    pauseMs: 500,
    retryForMs: 120_000,
    clockStartsAt: Date.now() - 86_400_000,
    secret: testSecret,
    signal: heartbeatsStopped.signal,
  })
  await vi.waitFor(async () => expect(await storedEvents()).toBeGreaterThan(0), { timeout: 30_000, interval: 500 })
}, 300_000)

afterAll(async () => {
  heartbeatsStopped.abort()
  await readers?.stop()
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
}, 120_000)

describe('a crashed process under reader and heartbeat load', () => {
  it('restarts a killed CMS within 30 s; cached pages keep being served, everything else answers 503 with Retry-After', async () => {
    await expectPagesCached()
    const cookie = members[0]?.cookie as string
    // Written while the CMS is down: the restarted CMS and the running portal both catch up with it.
    const renamed = `重启期间改名${Date.now()}`
    const during = await killAndRecover('cms', async () => {
      await renameArticle(firstArticle.id, renamed)
      // Signed-in pages (the portal cannot check the session), the API and heartbeats (the front proxy) and the admin.
      const [page, api, heartbeat, admin] = await Promise.all([
        statusOf(`${stack.url}/`, { headers: { cookie } }),
        statusOf(`${stack.url}/api/users/me`, { headers: { cookie } }),
        statusOf(`${stack.url}/api/reading-events`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: '{"events":[]}',
        }),
        statusOf(`${stack.url}/admin`),
      ])
      expect(page).toMatchObject({ status: 503, retryAfter: '5' })
      expect(page.body).toContain('服务正在恢复')
      expect(api).toMatchObject({ status: 503, retryAfter: '5' })
      expect(JSON.parse(api.body)).toMatchObject({ code: 'SERVICE_RESTARTING' })
      expect(heartbeat).toMatchObject({ status: 503, retryAfter: '5' })
      expect(admin).toMatchObject({ status: 503, retryAfter: '5' })
      expect(admin.body).toContain('服务暂不可用')
    })
    expect(during.filter((result) => result.kind === 'cached' && result.status !== 200)).toEqual([])
    // Pages not in cache may fail, always as the 503 page (also when the CMS dies or stalls mid-answer).
    expect(during.filter((result) => result.status !== 200 && !(result.status === 503 && result.retryAfter))).toEqual([])
    expect(during.some((result) => result.kind === 'uncached' && result.status === 503 && result.retryAfter)).toBe(true)
    expect(logLines.join('\n')).toContain('CMS 被信号 SIGKILL 终止（可能是内存不足或被手动结束）')
    await expect.poll(() => logLines.join('\n')).toMatch(/CMS 已恢复（停机 [\d.]+ 秒）/)
    await expect.poll(() => shownEverywhere(firstArticle.slug, renamed), withinFiveSeconds).toEqual({ search: true, page: true })
  }, 120_000)

  it('restarts a killed portal within 30 s; while it is down the front proxy answers 503 with Retry-After', async () => {
    await expectPagesCached()
    const during = await killAndRecover('site')
    // The page cache lives in the portal process, so no page is in cache while it is down.
    expect(during.filter((result) => result.status !== 200 && !(result.status === 503 && result.retryAfter))).toEqual([])
    await expect.poll(() => logLines.join('\n')).toMatch(/门户 已恢复（停机 [\d.]+ 秒）/)
  }, 120_000)

  it('restarts a killed PostgreSQL within 30 s on the same port and data; the apps reconnect by themselves', async () => {
    await expectPagesCached()
    const apps = { search: stack.processes.search.pid, cms: stack.processes.cms.pid, site: stack.processes.site.pid }
    const during = await killAndRecover('postgres')
    expect(during.filter((result) => result.kind === 'cached' && result.status !== 200)).toEqual([])
    expect(during.filter((result) => result.status !== 200 && !(result.status === 503 && result.retryAfter))).toEqual([])
    expect({ search: stack.processes.search.pid, cms: stack.processes.cms.pid, site: stack.processes.site.pid }).toEqual(apps)
    expect(logLines.join('\n')).toContain('PostgreSQL 被信号 SIGKILL 终止')
    // The change feeds listen again: a change after the restart reaches search and the cached page.
    const renamed = `数据库重启后改名${Date.now()}`
    await renameArticle(firstArticle.id, renamed)
    await expect.poll(() => shownEverywhere(firstArticle.slug, renamed), withinFiveSeconds).toEqual({ search: true, page: true })
  }, 120_000)

  it('stores every acknowledged heartbeat exactly once', async () => {
    heartbeatsStopped.abort()
    const result = await heartbeats
    expect(result.retries).toBeGreaterThan(0)
    expect(result).toMatchObject({ rejected: 0, unacknowledged: 0 })
    const stored = await verifyAcknowledged(
      stack.databaseUrl,
      result.acknowledged,
      members.map((member) => member.id),
    )
    console.log(`crash recovery: acknowledged=${result.acknowledged.length} stored=${stored.present} retries=${result.retries}`)
    expect(stored).toMatchObject({ lost: 0, duplicated: 0, progressMismatches: 0, present: result.acknowledged.length })
    expect(givenUp).toEqual([])
  }, 180_000)
})
