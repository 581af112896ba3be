import type { ChildProcess } from 'node:child_process'
import type { Logger } from './createLogger'
import { describeExit } from './describeExit'
import { decideRestart, type RestartPolicy } from './restartPolicy'

/** A started server process that can be watched and stopped (an app, or PostgreSQL). */
export interface Supervisable {
  process: ChildProcess
  stop: () => Promise<void>
}

/** A process kept running: restarted when it dies on its own, until it crashes too often. */
export interface SupervisedProcess {
  /** Id of the process running now (a new one after each restart); undefined while it is down. */
  readonly pid: number | undefined
  /** Stops the process and any restart under way; it is not restarted afterwards. */
  stop: () => Promise<void>
}

/** How to supervise one process. */
export interface SuperviseOptions {
  /** The name operators see in the log: `CMS`, `门户`, `PostgreSQL`. */
  label: string
  start: () => Promise<Supervisable>
  /** Resolves once a restarted process serves again (its health check); rejects if it never does. */
  ready: () => Promise<void>
  log: Logger
  policy: RestartPolicy
  /** Called once when the process crashed too often; the caller stops everything. */
  onGiveUp: (message: string) => void
}

/**
 * Starts a process and restarts it with backoff whenever it exits without being asked to, logging what
 * ended it (signal or exit code, in words) and how long it was down; gives up after `policy.maxCrashes`
 * crashes within `policy.windowMs`.
 */
export async function superviseProcess(options: SuperviseOptions): Promise<SupervisedProcess> {
  const { label, log, policy } = options
  const crashTimes: number[] = []
  const stopping = new AbortController()
  let current: Supervisable | undefined
  let restarting: Promise<void> = Promise.resolve()

  const watch = (running: Supervisable) => {
    current = running
    running.process.once('exit', (code, signal) => {
      if (stopping.signal.aborted || current !== running) return
      current = undefined
      restarting = recover(describeExit(code, signal), Date.now())
    })
  }

  const recover = async (reason: string, downSince: number): Promise<void> => {
    if (stopping.signal.aborted) return
    const now = Date.now()
    const decision = decideRestart(crashTimes, now, policy)
    crashTimes.push(now)
    const window = `${policy.windowMs / 1000} 秒内第 ${decision.recentCrashes} 次`
    if (decision.giveUp) {
      log.warn(`${label} ${reason}（${window}），不再重启`)
      options.onGiveUp(`${label} 在 ${policy.windowMs / 1000} 秒内崩溃了 ${decision.recentCrashes} 次`)
      return
    }
    log.warn(`${label} ${reason}（${window}），${decision.delayMs / 1000} 秒后重启…`)
    await delay(decision.delayMs, stopping.signal)
    if (stopping.signal.aborted) return
    let running: Supervisable
    try {
      running = await options.start()
    } catch (error) {
      restarting = recover(`重启失败：${error instanceof Error ? error.message : String(error)}`, downSince)
      return
    }
    if (stopping.signal.aborted) return running.stop()
    watch(running)
    options.ready().then(
      () => {
        if (current === running) log.step(`${label} 已恢复（停机 ${((Date.now() - downSince) / 1000).toFixed(1)} 秒）`)
      },
      (error: unknown) => {
        if (current === running) log.warn(`${label} 已重启，但还不能提供服务：${error instanceof Error ? error.message : String(error)}`)
      },
    )
  }

  watch(await options.start())
  return {
    get pid() {
      return current?.process.pid
    },
    stop: async () => {
      stopping.abort()
      await restarting
      const running = current
      current = undefined
      await running?.stop()
    },
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
