import { chmod, mkdtemp, readlink, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import { artifactPath } from '../support/artifacts'
import { copyProject, npmStart } from '../support/launchProject'

describe('npm start as root', () => {
  it('serves from a project in a mode-700 home folder, saying where PostgreSQL lives, and stops cleanly', async () => {
    expect(process.getuid?.()).toBe(0)
    const home = await mkdtemp(path.join(tmpdir(), 'portal-root-home-'))
    await chmod(home, 0o700)
    const project = path.join(home, 'xuexi-yuandi')
    const databaseDir = path.join(project, '.data/postgres')
    let placedData: string | undefined
    try {
      await copyProject(project)
      const port = await freePort()
      const launcher = npmStart(project, { PORT: String(port) }, artifactPath('root-start.log'))
      try {
        await expect.poll(() => launcher.output(), { timeout: 300_000, interval: 500 }).toMatch(/学习园地已就绪|✖/)
        expect(launcher.output()).toContain('学习园地已就绪')
        expect(launcher.output()).toMatch(/PostgreSQL 的数据位于 \/var\/lib\/xuexi-yuandi\//)
        placedData = await readlink(databaseDir)
        expect((await stat(placedData)).isDirectory()).toBe(true)
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
        expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)
      } finally {
        const code = await launcher.stop()
        expect(launcher.output()).toContain('已全部停止')
        expect(code).toBe(0)
      }
      expect(launcher.output()).not.toMatch(/^\s+at /m)
    } finally {
      if (placedData) await rm(path.dirname(placedData), { recursive: true, force: true })
      await rm(home, { recursive: true, force: true })
    }
  }, 420_000)
})
