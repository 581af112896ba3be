import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Article, Media } from '@xuexi/contract/payload-types'
import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningStack } from '../../scripts/launcher/startStack'
import { waitForHttp } from '../../scripts/launcher/waitForHttp'
import { buildArticle, uniqueId } from '../support/factories'
import { redSquarePng } from '../support/importFixtures'
import { startReaderLoad } from '../support/readerLoad'
import { runNpmScript } from '../support/runNpmScript'
import { sampleMembers, stackAdmin } from '../support/stackAdmin'
import { type RunningCluster, startCluster } from '../support/startCluster'
import { testSecret } from '../support/testSecret'
import { visitOpenedAt } from '../support/trackingApi'

// Two complete instances (CMS with its search, tracking and metrics servers + portal) on one
// PostgreSQL and one data folder, behind Debian's nginx doing round-robin as docs/deploy.md configures it.
// Writes go to instance A, reads to instance B (each through its own front), unless the test is about nginx.
const withinTwoSeconds = { timeout: 2_000, interval: 100 }
let cluster: RunningCluster
let a: RunningStack
let b: RunningStack
let database: pg.Client
let adminToken: string

beforeAll(async () => {
  // Crashed processes come back after 3 s, so a change made right after a kill is made while A is down.
  cluster = await startCluster({ name: 'cluster', restartDelayMs: 3_000 })
  ;[a, b] = cluster.instances as [RunningStack, RunningStack]
  database = new pg.Client({ connectionString: cluster.databaseUrl })
  await database.connect()
  adminToken = await login(a, stackAdmin).then((answer) => answer.token as string)
}, 600_000)

afterAll(async () => {
  await database?.end()
  await cluster?.stop()
}, 120_000)

const uniqueWord = () => `集群${uniqueId().replace(/\d/g, (digit) => '零一二三四五六七八九'[Number(digit)] as string)}`

async function login(instance: RunningStack, credentials: Record<string, string>, address?: string) {
  const response = await fetch(`${instance.upstreams.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify(credentials),
  })
  return { status: response.status, token: ((await response.json()) as { token?: string }).token }
}

async function api<T>(instance: RunningStack, pathname: string, options: { method?: string; body?: unknown; token?: string } = {}) {
  const token = options.token ?? adminToken
  const response = await fetch(`${instance.url}${pathname}`, {
    method: options.method ?? 'GET',
    headers: { authorization: `JWT ${token}`, ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

async function searchSlugs(instance: RunningStack, word: string): Promise<string[]> {
  const response = await fetch(`${instance.url}/api/search?q=${encodeURIComponent(word)}`)
  return ((await response.json()) as SearchResponse).results.map((result) => result.slug)
}

async function page(instance: RunningStack, pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${instance.url}${pathname}`)
  return { status: response.status, html: await response.text() }
}

async function expectShownOn(instance: RunningStack, article: Article, title: string): Promise<void> {
  await expect.poll(() => searchSlugs(instance, title), withinTwoSeconds).toEqual([article.slug])
  await expect.poll(async () => (await page(instance, `/articles/${article.slug}`)).html, withinTwoSeconds).toContain(title)
  await expect.poll(async () => (await page(instance, '/articles')).html, withinTwoSeconds).toContain(title)
}

async function expectGoneFrom(instance: RunningStack, article: Article, title: string): Promise<void> {
  await expect.poll(() => searchSlugs(instance, title), withinTwoSeconds).toEqual([])
  await expect.poll(async () => (await page(instance, `/articles/${article.slug}`)).status, withinTwoSeconds).toBe(404)
  await expect.poll(async () => (await page(instance, '/articles')).html, withinTwoSeconds).not.toContain(title)
}

/** Publishes on A and waits until B shows it (its page, list and search now cached on B). */
async function publishedOnA(title: string): Promise<Article> {
  const { status, body } = await api<{ doc: Article }>(a, '/api/articles', {
    method: 'POST',
    body: buildArticle({ title, _status: 'published' }),
  })
  expect(status).toBe(201)
  await expectShownOn(b, body.doc, title)
  return body.doc
}

const count = async (query: string, values: unknown[]) => Number((await database.query<{ n: string }>(query, values)).rows[0]?.n)

describe('two instances behind nginx', () => {
  it('shows what is published, edited, unpublished and deleted on A on B within 2 seconds', async () => {
    const title = uniqueWord()
    const article = await publishedOnA(title)

    const edited = uniqueWord()
    expect((await api(a, `/api/articles/${article.id}`, { method: 'PATCH', body: { title: edited } })).status).toBe(200)
    await expectShownOn(b, article, edited)
    expect(await searchSlugs(b, title)).toEqual([])

    expect((await api(a, `/api/articles/${article.id}`, { method: 'PATCH', body: { _status: 'draft' } })).status).toBe(200)
    await expectGoneFrom(b, article, edited)

    const again = await publishedOnA(uniqueWord())
    expect((await api(a, `/api/articles/${again.id}`, { method: 'DELETE' })).status).toBe(200)
    await expectGoneFrom(b, again, again.title)
  })

  it('shows what the import command published on both instances within 2 seconds of its summary line', { timeout: 180_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'cluster-import-'))
    const titles = [uniqueWord(), uniqueWord()]
    for (const [index, title] of titles.entries())
      await writeFile(path.join(folder, `paper-${index}.md`), `---\ntitle: "${title}"\n---\n\n${title}的正文。\n`)

    const result = await runNpmScript(['run', 'import', '--', '--publish', '--visibility', 'public', folder], {
      ...process.env,
      DATABASE_URL: cluster.databaseUrl,
      PAYLOAD_SECRET: testSecret,
      PORTAL_DATA_DIR: cluster.dataDir,
    })
    expect(result.stdout).toContain('imported 2, skipped 0, failed 0')
    expect(result.code).toBe(0)

    for (const instance of [a, b])
      for (const title of titles) {
        await expect.poll(async () => (await searchSlugs(instance, title)).length, withinTwoSeconds).toBe(1)
        await expect.poll(async () => (await page(instance, '/articles')).html, withinTwoSeconds).toContain(title)
      }
  })

  it('serves a file uploaded through A through B (local disk: the instances share the media folder)', async () => {
    const bytes = new Uint8Array(await redSquarePng())
    const form = new FormData()
    form.append('file', new Blob([bytes], { type: 'image/png' }), `cluster-${randomUUID().slice(0, 8)}.png`)
    form.append('_payload', JSON.stringify({ alt: '集群测试图片' }))
    const upload = await fetch(`${a.url}/api/media`, { method: 'POST', body: form, headers: { authorization: `JWT ${adminToken}` } })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: Media }).doc

    const served = await fetch(`${b.url}/api/media/file/${media.filename}`, { headers: { authorization: `JWT ${adminToken}` } })
    expect(served.status).toBe(200)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes)
  })

  it('keeps a session signed in on A valid on B, and ends it on B when signed out on A', async () => {
    const { token } = await login(a, { username: sampleMembers.member, password: sampleMembers.password })
    const me = async (instance: RunningStack) =>
      (await api<{ user: { username?: string } | null }>(instance, '/api/users/me', { token })).body.user
    expect(await me(b)).toMatchObject({ username: sampleMembers.member })

    expect((await api(a, '/api/users/logout', { method: 'POST', token })).status).toBe(200)
    expect(await me(b)).toBeNull()
    expect(await me(a)).toBeNull()
  })

  it('counts failed sign-ins arriving on both instances together', async () => {
    const address = '198.51.100.77'
    const guess = { username: sampleMembers.organizer, password: 'guess-123456' }
    for (const instance of [a, b, a, b, a]) expect((await login(instance, guess, address)).status).toBe(401)
    // Five failures for this account from this address, three on A and two on B: the right password waits too.
    expect((await login(b, { username: sampleMembers.organizer, password: sampleMembers.password }, address)).status).toBe(429)
    expect((await login(a, { username: sampleMembers.organizer, password: sampleMembers.password }, address)).status).toBe(429)
    expect(await count(`select hits as n from auth_throttle where scope = 'login.pair' and key like $1`, [`%${address}%`])).toBe(5)
  })

  it('runs a scheduled publication that falls due while both instances run jobs once', async () => {
    const reviewer = await api<{ user: { id: number } }>(a, '/api/users/me')
    const { body } = await api<{ doc: Article }>(a, '/api/articles?draft=true', {
      method: 'POST',
      body: buildArticle({ title: uniqueWord(), reviewStatus: 'approved', _status: 'draft' }),
    })
    const article = body.doc
    // What the admin's "schedule publish" stores: Payload's publish job, due in a moment; both instances' job runners poll every 10 s.
    const { rows } = await database.query<{ id: number }>(
      `insert into payload_jobs (input, task_slug, queue, wait_until) values ($1, 'schedulePublish', 'default', now() + interval '1 second') returning id`,
      [
        {
          type: 'publish',
          doc: { relationTo: 'articles', value: String(article.id) },
          user: { relationTo: 'users', value: reviewer.body.user.id },
        },
      ],
    )
    const jobId = rows[0]?.id

    await expect
      .poll(() => count('select count(*) as n from payload_jobs where id = $1 and completed_at is not null', [jobId]), { timeout: 30_000 })
      .toBe(1)
    await expectShownOn(b, article, article.title)
    expect(await count('select count(*) as n from payload_jobs_log where _parent_id = $1', [jobId])).toBe(1)
    expect(await count(`select count(*) as n from _articles_v where parent_id = $1 and version__status = 'published'`, [article.id])).toBe(
      1,
    )
  })

  it('stores heartbeats sent through nginx to both instances exactly once', async () => {
    const { token } = await login(a, { username: sampleMembers.member, password: sampleMembers.password })
    const member = await api<{ user: { id: number } }>(a, '/api/users/me', { token })
    const articles = await api<{ docs: Article[] }>(a, '/api/articles?limit=1&depth=0&where[_status][equals]=published')
    const articleId = articles.body.docs[0]?.id as number
    const visit = visitOpenedAt(member.body.user, 'articles', articleId, new Date(Date.now() - 120_000))
    const events = [90, 75, 60, 45, 30].map((secondsAgo) => ({
      id: randomUUID(),
      collection: 'articles',
      itemId: articleId,
      visit,
      occurredAt: new Date(Date.now() - secondsAgo * 1000).toISOString(),
      activeSeconds: 15,
      scrollPercent: 20,
      watched: [],
    }))
    // The same batch four times: round-robin sends it to A and to B twice each (a tracker resending after a lost answer).
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await fetch(`${cluster.url}/api/reading-events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ events }),
      })
      expect(response.status).toBe(200)
    }
    expect(await count('select count(*) as n from reading_events where id = any($1::uuid[])', [events.map((event) => event.id)])).toBe(
      events.length,
    )
  })

  it('loses no anonymous reader when A is killed, and A catches up with what changed while it was down', { timeout: 240_000 }, async () => {
    const article = await publishedOnA(uniqueWord())
    const cachedPaths = ['/', '/articles', `/articles/${article.slug}`, '/policies', '/videos']
    for (const pathname of cachedPaths) expect((await fetch(`${cluster.url}${pathname}`)).status).toBe(200)
    const readers = startReaderLoad({ url: cluster.url, cachedPaths, readers: 4, pauseMs: 50 })
    const busy = { timeout: 60_000 }
    await expect.poll(() => readers.results.length, busy).toBeGreaterThan(20)

    const downPids = () => [a.processes.search.pid, a.processes.cms.pid, a.processes.site.pid]
    for (const pid of downPids()) process.kill(pid as number, 'SIGKILL')
    await expect.poll(downPids, busy).toEqual([undefined, undefined, undefined])
    const changed = uniqueWord()
    await database.query('UPDATE articles SET title = $1 WHERE id = $2', [changed, article.id])
    // The change was committed while A was down (its supervisor restarts it 3 s after the kill).
    expect(downPids()).toEqual([undefined, undefined, undefined])

    await waitForHttp(`${a.upstreams.search}/healthz`, { timeoutMs: 120_000, what: '搜索 ' })
    await waitForHttp(`${a.upstreams.cms}/api/health`, { timeoutMs: 120_000, what: 'CMS ' })
    await waitForHttp(`${a.upstreams.site}/healthz`, { timeoutMs: 120_000, what: '门户 ' })
    const readDuringOutage = readers.results.length
    await expect.poll(() => readers.results.length, busy).toBeGreaterThan(readDuringOutage + 20)
    await readers.stop()

    expect(readers.results.filter((result) => result.status !== 200)).toEqual([])
    // nginx did meet A down (refused, reset or closed, depending on the moment) and sent those requests on to B.
    expect(await readFile(path.join(cluster.dataDir, 'nginx', 'error.log'), 'utf8')).toMatch(
      /\[error\][^\n]*(?:while connecting to upstream|prematurely closed|while reading response header from upstream)/,
    )
    // A's search process re-reads what changed while it was down once its Payload has started.
    await expect.poll(() => searchSlugs(a, changed), busy).toEqual([article.slug])
    await expectShownOn(a, article, changed)
  })
})
