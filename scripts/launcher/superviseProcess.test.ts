import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { Logger } from './createLogger'
import { type Supervisable, superviseProcess } from './superviseProcess'

// A real child process that runs until it is killed.
async function startSleeper(): Promise<Supervisable> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('spawn', resolve))
  return {
    process: child,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

function recordingLogger(): Logger & { text: () => string } {
  const lines: string[] = []
  return { step: (m) => lines.push(m), warn: (m) => lines.push(m), line: () => undefined, text: () => lines.join('\n') }
}

// A sleeper supervised with the real policy's limits but 10 ms first delay; records its log and any giving up.
async function superviseSleeper(label: string) {
  const log = recordingLogger()
  const givenUp: string[] = []
  const supervised = await superviseProcess({
    label,
    start: startSleeper,
    ready: async () => {},
    log,
    policy: { maxCrashes: 3, windowMs: 60_000, firstDelayMs: 10 },
    onGiveUp: (message) => givenUp.push(message),
  })
  return { supervised, log, givenUp }
}

describe('superviseProcess', () => {
  it('restarts a killed process, saying which signal ended it and when it is back', async () => {
    const { supervised, log } = await superviseSleeper('CMS')
    try {
      const first = supervised.pid as number
      process.kill(first, 'SIGKILL')
      await expect.poll(() => supervised.pid).not.toBe(first)
      await expect.poll(() => supervised.pid).toBeTypeOf('number')
      await expect.poll(() => log.text()).toContain('CMS 已恢复（停机')
      expect(log.text()).toContain('CMS 被信号 SIGKILL 终止（可能是内存不足或被手动结束）（60 秒内第 1 次）')
    } finally {
      await supervised.stop()
    }
  })

  it('gives up at the third crash within the window and does not restart again', async () => {
    const { supervised, givenUp } = await superviseSleeper('门户')
    let killed: number | undefined
    for (let crash = 0; crash < 3; crash += 1) {
      await expect.poll(() => supervised.pid).toSatisfy((pid) => typeof pid === 'number' && pid !== killed)
      killed = supervised.pid as number
      process.kill(killed, 'SIGKILL')
    }
    await expect.poll(() => givenUp).toEqual(['门户 在 60 秒内崩溃了 3 次'])
    expect(supervised.pid).toBeUndefined()
    await supervised.stop()
  })

  it('does not restart a process it was asked to stop', async () => {
    const { supervised, log } = await superviseSleeper('CMS')
    await supervised.stop()
    expect(supervised.pid).toBeUndefined()
    expect(log.text()).toBe('')
  })
})
