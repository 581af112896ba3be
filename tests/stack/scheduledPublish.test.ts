import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import type { RunningApp } from '../../scripts/launcher/spawnApp'
import { spawnCms } from '../../scripts/launcher/spawnCms'
import { type ScratchDatabase, startScratchDatabase } from '../../scripts/launcher/startScratchDatabase'
import { waitForHttp } from '../../scripts/launcher/waitForHttp'
import { buildArticle, createUser } from '../support/factories'
import { quietLogger } from '../support/quietLogger'
import { testSecret } from '../support/testSecret'

const log = quietLogger()
let scratch: ScratchDatabase
let payload: Payload
let cms: RunningApp | undefined
let port: number

// A CMS server of its own (not the shared stack), so the test can stop and restart it.
async function startCms(): Promise<void> {
  cms = spawnCms({
    mode: 'production',
    port,
    env: { ...scratch.env, PORTAL_RUN_JOBS: 'true', PORTAL_JOBS_CRON: '*/2 * * * * *' },
    log,
    onExit: (code) => log.warn(`scheduling CMS exited with ${code}`),
  })
  // Payload starts its job runner on first use, as it does behind the launcher's health check.
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 60_000, what: 'CMS ' })
}

// What the admin's "schedule publish" does: queue Payload's publish job as the scheduling user.
const schedulePublish = (articleId: number, userId: number, delayMs: number) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + delayMs),
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(articleId) }, user: { relationTo: 'users', value: userId } },
  } as Parameters<Payload['jobs']['queue']>[0])

const anonymousStatus = async (slug: string) =>
  (await fetch(`http://127.0.0.1:${port}/api/articles?where[slug][equals]=${slug}&depth=0`).then((response) => response.json())) as {
    totalDocs: number
  }

beforeAll(async () => {
  scratch = await startScratchDatabase({ name: 'scheduling', secret: testSecret, log })
  Object.assign(process.env, { DATABASE_URL: scratch.env.DATABASE_URL, PAYLOAD_SECRET: testSecret, PORTAL_DATA_DIR: scratch.dataDir })
  const { getPayload } = await import('payload')
  payload = await getPayload({ config: (await import('../../cms/src/payload.config')).default })
  port = await freePort()
}, 120_000)

afterAll(async () => {
  await cms?.stop()
  // PostgreSQL is about to stop: its idle pool connections will report that, which is expected here.
  ;(payload?.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } } | undefined)?.pool?.on(
    'error',
    () => undefined,
  )
  await scratch?.remove()
})

describe('scheduled publishing', () => {
  it('publishes an approved item at its time, even when the CMS was restarted in between', async () => {
    const reviewer = await createUser(payload, 'reviewer')
    const article = await payload.create({
      collection: 'articles',
      data: buildArticle({ reviewStatus: 'approved', _status: 'draft' }),
      draft: true,
    })
    const slug = article.slug ?? ''
    await startCms()
    await schedulePublish(article.id, reviewer.id, 6_000)
    await cms?.stop()
    await new Promise((resolve) => setTimeout(resolve, 7_000))
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('draft')

    await startCms()
    await expect.poll(async () => (await anonymousStatus(slug)).totalDocs, { timeout: 30_000, interval: 1_000 }).toBe(1)
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('published')
  })

  it('does not publish an item that was not approved, even when scheduled', async () => {
    const reviewer = await createUser(payload, 'reviewer')
    const article = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'draft' }), draft: true })
    await schedulePublish(article.id, reviewer.id, 1_000)
    await expect
      .poll(async () => (await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: true } } })).totalDocs, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('draft')
  })
})
