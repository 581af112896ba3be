import { randomUUID } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { networkInterfaces } from 'node:os'
import { beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { requestFrom } from '../support/clientFrom'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle, uniqueId } from '../support/factories'
import { type Exposition, parsePrometheusText, sampleSum } from '../support/prometheusText'
import { sampleMemberToken } from '../support/sampleMemberToken'
import { createStackMember, itemIdOf, postHeartbeats, type StackMember, visitOpenedAt } from '../support/trackingApi'

let adminToken: string
let member: StackMember
let articleId: number

beforeAll(async () => {
  adminToken = await loginToken()
  member = await createStackMember(adminToken)
  articleId = await itemIdOf('articles', 'red-family-tradition')
})

/** `/metrics` read from this machine (the test runs beside the stack, so through the front proxy from loopback). */
async function scrape(): Promise<Exposition> {
  const response = await fetch(stackUrl('/metrics'))
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4')
  return parsePrometheusText(await response.text())
}

/** A value of the loopback scrape, for `expect.poll`. */
const current = (name: string, labels: Record<string, string>) => async () => sampleSum(await scrape(), name, labels)

// This machine's own address on a network interface: connecting from it is a peer that is not loopback.
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && !address.internal && address.family === 'IPv4')?.address

const requiredFamilies = [
  'xuexi_build_info',
  'xuexi_http_requests_total',
  'xuexi_http_request_duration_seconds',
  'xuexi_heartbeat_batches_total',
  'xuexi_heartbeats_accepted_total',
  'xuexi_search_duration_seconds',
  'xuexi_search_answer_cache_total',
  'xuexi_change_notice_lag_seconds',
  'xuexi_change_notices_applied_total',
  'xuexi_jobs',
  'xuexi_db_pool_clients',
  'xuexi_metrics_source_up',
  'process_cpu_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_seconds',
]

describe('GET /metrics from this machine', () => {
  it('answers Prometheus text with every required family, for the CMS and the portal process', async () => {
    const text = await (await fetch(stackUrl('/metrics'))).text()
    await writeFile(artifactPath('metrics-sample.txt'), text)
    const exposition = parsePrometheusText(text)
    for (const family of requiredFamilies) expect(exposition.types.has(family), family).toBe(true)
    expect(exposition.types.get('xuexi_http_request_duration_seconds')).toBe('histogram')
    for (const process of ['cms', 'portal']) {
      const build = exposition.samples.find((sample) => sample.name === 'xuexi_build_info' && sample.labels.process === process)
      expect(build?.labels).toMatchObject({ version: expect.any(String), node: expect.stringMatching(/^v\d+/) })
      expect(sampleSum(exposition, 'process_cpu_seconds_total', { process })).toBeGreaterThan(0)
    }
    expect(sampleSum(exposition, 'xuexi_metrics_source_up', { source: 'portal' })).toBe(1)
    expect(sampleSum(exposition, 'xuexi_db_pool_clients', { state: 'total' })).toBeGreaterThan(0)
    for (const state of ['queued', 'running', 'failed']) {
      expect(exposition.samples.some((sample) => sample.name === 'xuexi_jobs' && sample.labels.state === state)).toBe(true)
    }
  })

  it('has every family the sample Grafana dashboard (docs/grafana-dashboard.json) queries', async () => {
    const dashboard = JSON.parse(await readFile(new URL('../../docs/grafana-dashboard.json', import.meta.url), 'utf8')) as {
      panels: Array<{ targets: Array<{ expr: string }> }>
    }
    const queried = new Set(
      dashboard.panels.flatMap((panel) =>
        panel.targets.flatMap((target) => target.expr.match(/\b(?:xuexi|process|nodejs)_[a-z0-9_]+/g) ?? []),
      ),
    )
    expect(queried.size).toBeGreaterThan(10)
    const families = [...(await scrape()).types.keys()]
    for (const name of queried) {
      expect(
        families.some((family) => name === family || name === `${family}_bucket`),
        name,
      ).toBe(true)
    }
  })

  it('counts page views by route group in the portal process, never by raw URL', async () => {
    const labels = { process: 'portal', group: 'page/article', status: '2xx' }
    const before = await current('xuexi_http_requests_total', labels)()
    expect((await fetch(stackUrl('/articles/red-family-tradition'))).status).toBe(200)
    await expect.poll(current('xuexi_http_requests_total', labels)).toBeGreaterThan(before)
    const exposition = await scrape()
    const groups = new Set(exposition.samples.filter((sample) => sample.name === 'xuexi_http_requests_total').map((s) => s.labels.group))
    expect([...groups].every((group) => group && !group.includes('red-family'))).toBe(true)
  })

  it('counts an accepted heartbeat batch and its heartbeats', async () => {
    const accepted = { outcome: 'accepted' }
    const [batchesBefore, heartbeatsBefore] = [
      await current('xuexi_heartbeat_batches_total', accepted)(),
      await current('xuexi_heartbeats_accepted_total', {})(),
    ]
    const event = {
      id: randomUUID(),
      collection: 'articles',
      itemId: articleId,
      visit: visitOpenedAt(member, 'articles', articleId, new Date(Date.now() - 60_000)),
      occurredAt: new Date().toISOString(),
      activeSeconds: 15,
      scrollPercent: 30,
    }
    expect((await postHeartbeats({ events: [event] }, member.token)).status).toBe(200)
    await expect.poll(current('xuexi_heartbeat_batches_total', accepted)).toBe(batchesBefore + 1)
    await expect.poll(current('xuexi_heartbeats_accepted_total', {})).toBe(heartbeatsBefore + 1)
  })

  it('counts a refused heartbeat batch under its stable code', async () => {
    const refused = { outcome: 'refused', code: 'tracking.invalidBatch' }
    const before = await current('xuexi_heartbeat_batches_total', refused)()
    const answer = await postHeartbeats({ events: [] }, member.token)
    expect(answer.status).toBe(400)
    await expect.poll(current('xuexi_heartbeat_batches_total', refused)).toBe(before + 1)
  })

  it('keeps the portal in a scrape that follows another at once (an empty event-loop histogram reads NaN)', async () => {
    const [first, second] = [await scrape(), await scrape()]
    expect(sampleSum(first, 'xuexi_metrics_source_up', { source: 'portal' })).toBe(1)
    expect(sampleSum(second, 'xuexi_metrics_source_up', { source: 'portal' })).toBe(1)
  })

  it('reports how long the portal took to follow a content change', async () => {
    const portal = { process: 'portal' }
    expect((await fetch(stackUrl('/articles/red-family-tradition'))).status).toBe(200)
    const before = await current('xuexi_change_notices_applied_total', portal)()
    const created = await apiJson('/api/articles', {
      token: adminToken,
      method: 'POST',
      body: buildArticle({ title: `指标 ${uniqueId()}` }),
    })
    expect(created.status).toBe(201)
    let after: Exposition | undefined
    await expect
      .poll(async () => {
        after = await scrape()
        return sampleSum(after, 'xuexi_change_notices_applied_total', portal)
      })
      .toBeGreaterThan(before)
    const lag = sampleSum(after as Exposition, 'xuexi_change_notice_lag_seconds', portal)
    expect(lag).toBeGreaterThan(0)
    expect(lag).toBeLessThan(60)
  })

  it('times searches and counts answer-cache misses and hits', async () => {
    const [searches, misses, hits] = [
      current('xuexi_search_duration_seconds_count', { kind: 'search' }),
      current('xuexi_search_answer_cache_total', { result: 'miss' }),
      current('xuexi_search_answer_cache_total', { result: 'hit' }),
    ]
    const before = { searches: await searches(), misses: await misses(), hits: await hits() }
    const query = stackUrl(`/api/search?q=${encodeURIComponent(`红色家风 ${randomUUID().slice(0, 8)}`)}`)
    expect((await fetch(query)).status).toBe(200)
    expect((await fetch(query)).status).toBe(200)
    await expect.poll(searches).toBe(before.searches + 2)
    await expect.poll(misses).toBe(before.misses + 1)
    await expect.poll(hits).toBe(before.hits + 1)
  })
})

describe('GET /metrics from elsewhere', () => {
  const refusedWithCode = (answer: { status: number; text: string }) => {
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.text).errors[0].data.code).toBe('metrics.forbidden')
    expect(answer.text).not.toContain('xuexi_')
  }

  it('refuses a remote client forwarded by a proxy, even one claiming a loopback address', async () => {
    refusedWithCode(await requestFrom('127.0.0.1', '/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } }))
    refusedWithCode(await requestFrom('127.0.0.1', '/metrics', { headers: { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' } }))
  })

  it.runIf(externalAddress)('refuses a peer connecting from a non-loopback address, whatever X-Forwarded-For it sends', async () => {
    refusedWithCode(await requestFrom(externalAddress as string, '/metrics'))
    refusedWithCode(await requestFrom(externalAddress as string, '/metrics', { headers: { 'x-forwarded-for': '127.0.0.1' } }))
  })

  it('answers an administrator’s token from anywhere', async () => {
    const answer = await requestFrom(externalAddress ?? '127.0.0.1', '/metrics', {
      headers: { 'x-forwarded-for': '203.0.113.9', authorization: `JWT ${adminToken}` },
    })
    expect(answer.status).toBe(200)
    expect(parsePrometheusText(answer.text).types.has('xuexi_http_requests_total')).toBe(true)
  })

  it('refuses a member’s token, a forged token and a session cookie', async () => {
    const from = externalAddress ?? '127.0.0.1'
    const remote = { 'x-forwarded-for': '203.0.113.9' }
    refusedWithCode(await requestFrom(from, '/metrics', { headers: { ...remote, authorization: `JWT ${await sampleMemberToken()}` } }))
    refusedWithCode(await requestFrom(from, '/metrics', { headers: { ...remote, authorization: `JWT ${adminToken.slice(0, -4)}AAAA` } }))
    refusedWithCode(await requestFrom(from, '/metrics', { headers: { ...remote, cookie: `payload-token=${adminToken}` } }))
  })
})
