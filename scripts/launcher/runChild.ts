import { spawn } from 'node:child_process'
import type { Logger } from './createLogger'
import { StartFailure } from './startFailure'

/** Options for a child process whose output is shown with a prefix. */
export interface ChildOptions {
  name: string
  command: string
  args: readonly string[]
  env: NodeJS.ProcessEnv
  log: Logger
  cwd?: string
}

/** Runs a command to completion, streaming its output; rejects with its exit code on failure. */
export function runChild(options: ChildOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => options.log.line(options.name, chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => options.log.line(options.name, chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new StartFailure(
            'step-failed',
            `${options.name}失败（退出码 ${code ?? signal}）：原因见上面以“${options.name} │”开头的输出，改正后重新启动`,
          ),
        )
    })
  })
}
