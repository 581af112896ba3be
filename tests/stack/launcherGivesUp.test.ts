import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/launcher/freePort'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { artifactPath } from '../support/artifacts'
import { descendants } from '../support/processTree'
import { sampleMembers, stackAdmin } from '../support/stackAdmin'
import { testSecret } from '../support/testSecret'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the launcher (npm start)', () => {
  it('stops everything and exits non-zero when the CMS crashes three times within a minute', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-giveup-'))
    await chmod(dataDir, 0o755)
    const logFile = artifactPath('launcher-gives-up.log')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORTAL_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      PAYLOAD_SECRET: testSecret,
      ADMIN_EMAIL: stackAdmin.email,
      ADMIN_PASSWORD: stackAdmin.password,
      SAMPLE_MEMBER_PASSWORD: sampleMembers.password,
    }
    delete env.DATABASE_URL
    delete env.PORTAL_DB_PORT
    const launcher = spawn(process.execPath, ['--import', 'tsx', path.join(projectPaths.root, 'scripts/start.ts')], {
      cwd: projectPaths.root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const record = (chunk: Buffer) => {
      output += chunk.toString()
      appendFileSync(logFile, chunk)
    }
    launcher.stdout.on('data', record)
    launcher.stderr.on('data', record)
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)))
    const launcherPid = launcher.pid as number
    // Next renames its process `next-server (…)`.
    const cmsPid = () => descendants(launcherPid).find((row) => /next-server|next\/dist\/bin\/next/.test(row.command))?.pid
    try {
      await expect.poll(() => output, { timeout: 240_000, interval: 500 }).toContain('学习园地已就绪')
      const postmasterPid = Number((await readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n', 1)[0])
      const seen = new Set<number>()
      let killed: number | undefined
      for (let crash = 1; crash <= 3; crash += 1) {
        await expect.poll(cmsPid, { timeout: 30_000, interval: 100 }).toSatisfy((pid) => pid !== undefined && pid !== killed)
        for (const row of descendants(launcherPid)) seen.add(row.pid)
        killed = cmsPid() as number
        process.kill(killed, 'SIGKILL')
      }

      expect(await exited).not.toBe(0)
      expect(output).toContain('CMS 被信号 SIGKILL 终止（可能是内存不足或被手动结束）（60 秒内第 3 次），不再重启')
      expect(output).toContain('CMS 在 60 秒内崩溃了 3 次，正在停止全部服务')
      expect(output).toContain('已全部停止')
      // PostgreSQL and every other process the launcher started are gone: nothing is left orphaned.
      expect(isRunning(postmasterPid)).toBe(false)
      await expect.poll(() => [...seen].filter(isRunning), { timeout: 15_000 }).toEqual([])
    } finally {
      if (launcher.exitCode === null && launcher.signalCode === null) {
        launcher.kill('SIGTERM')
        await exited
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 360_000)
})
