import { type ChildProcess, spawn } from 'node:child_process'
import type { ChildOptions } from './runChild'

/** A long-running child process that can be stopped gracefully. */
export interface RunningApp {
  name: string
  process: ChildProcess
  stop: () => Promise<void>
}

/** Starts a server process; `onExit` is told if it dies on its own (the launcher's supervisor watches `process` instead). */
export function spawnApp(options: ChildOptions & { onExit?: (code: number | null, signal: NodeJS.Signals | null) => void }): RunningApp {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk: Buffer) => options.log.line(options.name, chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => options.log.line(options.name, chunk.toString()))
  let stopping = false
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.once('exit', (code, signal) => {
    if (!stopping) options.onExit?.(code, signal)
  })
  return {
    name: options.name,
    process: child,
    stop: async () => {
      stopping = true
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(killer)
    },
  }
}
