import { chmod, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { artifactPath } from '../support/artifacts'
import { npmStart } from '../support/launchProject'

const folders: string[] = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

/** Runs `npm start` on a fresh data folder with `env` until it exits; its exit code and the lines it printed. */
async function failedStart(env: Record<string, string>, name: string): Promise<{ code: number | null; lines: string[] }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-failure-'))
  await chmod(dataDir, 0o755)
  folders.push(dataDir)
  const launcher = npmStart(projectPaths.root, { PORTAL_DATA_DIR: dataDir, ...env }, artifactPath(`start-failure-${name}.log`))
  const code = await launcher.exited
  const lines = launcher
    .output()
    .split('\n')
    .filter((line) => line.trim() !== '')
  return { code, lines }
}

function expectOneChineseLine(result: { code: number | null; lines: string[] }, advice: RegExp) {
  expect(result.code).not.toBe(0)
  expect(result.lines.join('\n')).not.toMatch(/^\s+at |Error:|node:internal/m)
  const last = result.lines.at(-1) ?? ''
  expect(last).toMatch(/[\u4e00-\u9fff]/)
  expect(last).toMatch(advice)
}

describe('a start that cannot succeed', () => {
  it('ends with one Chinese line when the port is taken', async () => {
    const blocker = net.createServer()
    const port = await freePort()
    await new Promise<void>((resolve) => blocker.listen(port, resolve))
    try {
      expectOneChineseLine(await failedStart({ PORT: String(port) }, 'port'), new RegExp(`端口 ${port} 已被占用.*PORT=`))
    } finally {
      blocker.close()
    }
  })

  it('ends with one Chinese line when DATABASE_URL reaches no database', async () => {
    const url = `postgres://portal:wrong@127.0.0.1:${await freePort()}/portal`
    expectOneChineseLine(await failedStart({ DATABASE_URL: url, PORT: String(await freePort()) }, 'database'), /DATABASE_URL/)
  })

  it('ends with one Chinese line when the data folder cannot be created', async () => {
    expectOneChineseLine(
      await failedStart({ PORTAL_DATA_DIR: '/etc/hostname/data', PORT: String(await freePort()) }, 'data-dir'),
      /PORTAL_DATA_DIR/,
    )
  })

  it('ends with one Chinese line naming the settings when the environment is invalid', async () => {
    expectOneChineseLine(await failedStart({ PORT: 'eighty' }, 'env'), /PORT/)
  })
})
