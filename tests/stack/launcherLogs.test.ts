import { randomUUID } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { artifactPath } from '../support/artifacts'
import { type LaunchedProject, npmStart } from '../support/launchProject'

const folders: string[] = []
const launchers: LaunchedProject[] = []

afterEach(async () => {
  for (const launcher of launchers.splice(0)) await launcher.stop()
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

/** `npm start` from the project on a fresh data folder, its output piped (not a terminal); resolves once it serves. */
async function startPiped(env: Record<string, string>, name: string): Promise<{ launcher: LaunchedProject; url: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-logs-'))
  await chmod(dataDir, 0o755)
  folders.push(dataDir)
  const port = await freePort()
  const launcher = npmStart(projectPaths.root, { PORTAL_DATA_DIR: dataDir, PORT: String(port), ...env }, artifactPath(`${name}.log`))
  launchers.push(launcher)
  await expect.poll(() => launcher.output(), { timeout: 300_000, interval: 500 }).toMatch(/学习园地已就绪|✖|"level":"error"/)
  expect(launcher.output()).toContain('学习园地已就绪')
  return { launcher, url: `http://127.0.0.1:${port}` }
}

/** Some of what readers and editors do: pages, search, health checks, a sign-in. */
async function someTraffic(url: string, headers: Record<string, string> = {}): Promise<void> {
  for (const target of ['/', '/healthz', '/api/health', '/search?q=学习', '/admin/login', '/api/articles?limit=3&depth=2']) {
    expect((await fetch(`${url}${target}`, { headers })).status).toBeLessThan(500)
  }
  await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'wrong-password-2026' }),
  })
}

describe('the launcher log', () => {
  it('has no colour codes and no pg deprecation warning when piped to a file', async () => {
    const { launcher, url } = await startPiped({}, 'log-piped')
    await someTraffic(url)
    expect(await launcher.stop()).toBe(0)
    expect(launcher.output()).not.toContain('\x1b[')
    expect(launcher.output()).not.toMatch(/DeprecationWarning|already executing a query/)
  }, 420_000)

  it('is one JSON object per line with PORTAL_LOG_FORMAT=json, carrying the request id into the CMS and portal lines', async () => {
    const { launcher, url } = await startPiped({ PORTAL_LOG_FORMAT: 'json' }, 'log-json')
    const requestId = `req-${randomUUID()}`
    await someTraffic(url)
    const response = await fetch(`${url}/`, { headers: { 'x-request-id': requestId } })
    expect(response.headers.get('x-request-id')).toBe(requestId)
    await fetch(`${url}/api/health`, { headers: { 'x-request-id': requestId } })
    const entries = () =>
      launcher
        .output()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    await expect
      .poll(
        () =>
          entries()
            .filter((entry) => entry.requestId === requestId)
            .map((entry) => entry.process),
        { timeout: 30_000 },
      )
      .toEqual(expect.arrayContaining(['cms', 'portal']))
    expect(await launcher.stop()).toBe(0)
    for (const entry of entries()) {
      expect(entry).toMatchObject({ time: expect.any(String), level: expect.any(String), process: expect.any(String) })
      expect(typeof entry.msg).toBe('string')
    }
    expect(entries().some((entry) => entry.process === 'launcher')).toBe(true)
  }, 420_000)
})
