import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { type HeartbeatLoadResult, runHeartbeatLoad } from '../../scripts/bench/heartbeatLoad'
import { signInMembers } from '../../scripts/bench/signInMembers'
import { verifyAcknowledged } from '../../scripts/bench/verifyAcknowledged'
import { freePorts } from '../../scripts/launcher/freePort'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { runChild } from '../../scripts/launcher/runChild'
import { spawnCms } from '../../scripts/launcher/spawnCms'
import { startScratchDatabase } from '../../scripts/launcher/startScratchDatabase'
import { waitForHttp } from '../../scripts/launcher/waitForHttp'
import { quietLogger } from '../support/quietLogger'
import { testSecret } from '../support/testSecret'

const log = quietLogger()
const admin = { email: 'outage-admin@example.org', password: 'outage-admin-password-1' }

async function storedEvents(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return Number((await client.query<{ count: string }>('select count(*) from reading_events')).rows[0]?.count)
  } finally {
    await client.end()
  }
}

describe('study tracking through a PostgreSQL outage', () => {
  it('keeps every acknowledged heartbeat exactly once when the database stops mid-load and comes back', async () => {
    const scratch = await startScratchDatabase({ name: 'tracking-outage', secret: testSecret, log })
    const [port, trackingPort] = (await freePorts(2)) as [number, number]
    const env = { ...scratch.env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, PORTAL_TRACKING_PORT: String(trackingPort) }
    await runChild({ name: 'prepare', command: process.execPath, args: ['--import', 'tsx', projectPaths.prepareScript], env, log })
    const cms = spawnCms({ mode: 'production', port, env, log, onExit: (code) => log.warn(`outage CMS exited with ${code}`) })
    const url = `http://127.0.0.1:${port}`
    try {
      await waitForHttp(`${url}/api/health`, { timeoutMs: 60_000, what: 'CMS ' })
      const members = await signInMembers(url, admin, 20)
      const articles = (await (await fetch(`${url}/api/articles?limit=5&depth=0`)).json()) as { docs: Array<{ id: number }> }
      const loadStopped = new AbortController()
      const load: Promise<HeartbeatLoadResult> = runHeartbeatLoad({
        // Heartbeats go to the CMS's tracking server, as the front proxy sends them.
        url: `http://127.0.0.1:${trackingPort}`,
        members,
        articleIds: articles.docs.map((doc) => doc.id),
        seconds: 300,
        batchSize: 5,
        pauseMs: 100,
        retryForMs: 120_000,
        clockStartsAt: Date.now() - 86_400_000,
        secret: testSecret,
        signal: loadStopped.signal,
      })
      await expect.poll(() => storedEvents(scratch.database.url), { timeout: 30_000 }).toBeGreaterThan(0)
      await scratch.database.stop()
      await expect.poll(async () => (await fetch(`${url}/api/health`)).status, { timeout: 30_000 }).toBe(503)
      await scratch.restart()
      // The load runs on until heartbeats are being stored again after the outage.
      const afterRestart = await storedEvents(scratch.database.url)
      await expect.poll(() => storedEvents(scratch.database.url), { timeout: 60_000 }).toBeGreaterThan(afterRestart)
      loadStopped.abort()

      const result = await load
      expect(result.retries).toBeGreaterThan(0)
      expect(result).toMatchObject({ rejected: 0, unacknowledged: 0 })
      const stored = await verifyAcknowledged(
        scratch.database.url,
        result.acknowledged,
        members.map((member) => member.id),
      )
      expect(stored).toMatchObject({ lost: 0, duplicated: 0, progressMismatches: 0, present: result.acknowledged.length })
      console.log(
        `tracking outage: acknowledged=${result.acknowledged.length} stored=${stored.totalRows} retries=${result.retries} lost=${stored.lost} duplicated=${stored.duplicated}`,
      )
      expect((await fetch(`${url}/api/health`)).status).toBe(200)
      expect(cms.process.exitCode).toBeNull()
    } finally {
      await cms.stop()
      await scratch.remove()
    }
  }, 180_000)
})
