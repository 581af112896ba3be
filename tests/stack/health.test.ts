import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { spawnApp } from '../../scripts/launcher/spawnApp'
import { spawnCms } from '../../scripts/launcher/spawnCms'
import { startScratchDatabase } from '../../scripts/launcher/startScratchDatabase'
import { waitForHttp } from '../../scripts/launcher/waitForHttp'
import { stackUrl } from '../support/cmsApi'
import { quietLogger } from '../support/quietLogger'
import { testSecret } from '../support/testSecret'

const log = quietLogger()
const getJson = async (url: string) => {
  const response = await fetch(url)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('health checks', () => {
  it('report a healthy CMS (with its database) and portal as JSON', async () => {
    const cms = await getJson(stackUrl('/api/health'))
    expect(cms).toMatchObject({ status: 200, body: { status: 'ok', database: { status: 'ok' } } })
    const site = await getJson(stackUrl('/healthz'))
    expect(site).toMatchObject({ status: 200, body: { status: 'ok', cms: 'ok' } })
  })

  it('answer 503 while PostgreSQL is down, and 200 again once it is back, without restarting the CMS', async () => {
    const scratch = await startScratchDatabase({ name: 'outage', secret: testSecret, log })
    const port = await freePort()
    const cms = spawnCms({ mode: 'production', port, env: scratch.env, log, onExit: (code) => log.warn(`outage CMS exited with ${code}`) })
    const health = `http://127.0.0.1:${port}/api/health`
    try {
      await waitForHttp(health, { timeoutMs: 60_000, what: 'CMS ' })
      await scratch.database.stop()
      const down = await getJson(health)
      expect(down).toMatchObject({ status: 503, body: { code: 'DATABASE_UNREACHABLE' } })
      expect(String(down.body.message)).toContain('数据库')

      await scratch.restart()
      await waitForHttp(health, { timeoutMs: 30_000, what: 'CMS ' })
      expect(cms.process.exitCode).toBeNull()
    } finally {
      await cms.stop()
      await scratch.remove()
    }
  })

  it('answer 503 from the portal when the CMS cannot be reached', async () => {
    const [sitePort, deadPort] = [await freePort(), await freePort()]
    const site = spawnApp({
      name: 'site',
      command: process.execPath,
      args: [projectPaths.siteServer],
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(sitePort),
        CMS_URL: `http://127.0.0.1:${deadPort}`,
        PAYLOAD_SECRET: testSecret,
      },
      log,
      onExit: (code) => log.warn(`site exited with ${code}`),
    })
    try {
      const url = `http://127.0.0.1:${sitePort}/healthz`
      await expect
        .poll(() => getJson(url).catch(() => undefined), { timeout: 30_000, interval: 200 })
        .toMatchObject({ status: 503, body: { status: 'error', code: 'CMS_UNREACHABLE' } })
    } finally {
      await site.stop()
    }
  })
})
