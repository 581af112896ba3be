import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { quietLogger } from '../../tests/support/quietLogger'
import { withBuildLock } from './buildLock'

let folder: string
let lockFile: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'build-lock-'))
  lockFile = path.join(folder, 'build.lock')
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('the build lock', () => {
  it('lets two builds started at once run one after the other, and is gone after them', async () => {
    const events: string[] = []
    const build = (name: string) =>
      withBuildLock(
        quietLogger(),
        async () => {
          events.push(`${name} starts`)
          await sleep(100)
          events.push(`${name} ends`)
        },
        lockFile,
      )
    await Promise.all([build('first'), build('second')])
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends'])
    expect(existsSync(lockFile)).toBe(false)
  })

  it('waits for a live holder, saying so, and builds once it lets go', async () => {
    await writeFile(lockFile, String(process.pid))
    const lines: string[] = []
    let built = false
    const waiting = withBuildLock(quietLogger(lines), async () => (built = true), lockFile)
    await sleep(300)
    expect(built).toBe(false)
    expect(lines.join('\n')).toContain(`另一个进程（${process.pid}）正在构建`)
    await rm(lockFile)
    await waiting
    expect(built).toBe(true)
  })

  it('takes over a lock left by a process that is gone, and lets go after a failed build', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid
    await writeFile(lockFile, String(gone))
    await expect(withBuildLock(quietLogger(), async () => Promise.reject(new Error('build failed')), lockFile)).rejects.toThrow(
      'build failed',
    )
    expect(existsSync(lockFile)).toBe(false)
  })
})
