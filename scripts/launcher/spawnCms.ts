import type { Logger } from './createLogger'
import { projectPaths } from './projectPaths'
import { type RunningApp, spawnApp } from './spawnApp'

const cmsSemiSpaceMegabytes = 8

/** Starts the CMS (`next start`, or `next dev` in development) on a loopback port. */
export function spawnCms(options: {
  mode: 'production' | 'development'
  port: number
  env: NodeJS.ProcessEnv
  log: Logger
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void
}): RunningApp {
  return spawnApp({
    name: 'cms',
    command: process.execPath,
    args: [
      // A smaller young generation than V8 picks on a large machine: shorter collection pauses for the
      // tracking server's requests (docs/benchmarks.md, bench:events).
      `--max-semi-space-size=${cmsSemiSpaceMegabytes}`,
      projectPaths.nextBin,
      options.mode === 'production' ? 'start' : 'dev',
      projectPaths.cmsDir,
      '-p',
      String(options.port),
      '-H',
      '127.0.0.1',
    ],
    env: { ...options.env, NODE_ENV: options.mode, NEXT_TELEMETRY_DISABLED: '1' },
    cwd: projectPaths.root,
    log: options.log,
    onExit: options.onExit,
  })
}
