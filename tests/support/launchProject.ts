import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { descendants } from './processTree'
import { sampleMembers, stackAdmin } from './stackAdmin'
import { testSecret } from './testSecret'

/**
 * Copies the working tree (tracked and new files, modification times kept so the builds stay fresh)
 * into `target`, with node_modules and the two builds hard-linked: a project as `git clone && npm
 * install && npm start` would leave it, made in seconds.
 */
export async function copyProject(target: string): Promise<void> {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectPaths.root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean)
  await mkdir(target, { recursive: true })
  for (const file of files) {
    await cp(path.join(projectPaths.root, file), path.join(target, file), { preserveTimestamps: true, force: true }).catch(
      (error: NodeJS.ErrnoException) => {
        // A file deleted in the working tree but still in the index.
        if (error.code !== 'ENOENT') throw error
      },
    )
  }
  for (const folder of ['node_modules', 'cms/.next', 'site/dist']) {
    execFileSync('cp', ['-al', path.join(projectPaths.root, folder), path.join(target, folder)])
  }
}

/** A launcher started with `npm start` in `cwd`, its stdout and stderr (piped, not a terminal) collected. */
export interface LaunchedProject {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exited: Promise<number | null>
  /** Sends SIGTERM (as a service manager does) and waits for the exit code. */
  stop: () => Promise<number | null>
}

/** Runs `npm start` in `cwd` with the test administrator and secret, plus `env`; everything it prints goes to `logFile` too. */
export function npmStart(cwd: string, env: Record<string, string>, logFile: string): LaunchedProject {
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PAYLOAD_SECRET: testSecret,
    ADMIN_EMAIL: stackAdmin.email,
    ADMIN_PASSWORD: stackAdmin.password,
    SAMPLE_MEMBER_PASSWORD: sampleMembers.password,
    ...env,
  }
  for (const name of ['DATABASE_URL', 'PORTAL_DB_PORT', 'PORTAL_DATA_DIR', 'PORTAL_LOG_FORMAT', 'NO_COLOR', 'FORCE_COLOR']) {
    if (!(name in env)) delete fullEnv[name]
  }
  const child = spawn('npm', ['start', '--silent'], { cwd, env: fullEnv, stdio: ['pipe', 'pipe', 'pipe'] })
  let output = ''
  const record = (chunk: Buffer) => {
    output += chunk.toString()
    appendFileSync(logFile, chunk)
  }
  child.stdout.on('data', record)
  child.stderr.on('data', record)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    output: () => output,
    exited,
    stop: async () => {
      // npm does not pass SIGTERM on; a service manager signals the launcher itself (the last of
      // npm → sh → tsx → node running scripts/start.ts), which stops the apps and PostgreSQL.
      const launcher = descendants(child.pid as number)
        .filter((row) => row.command.includes('scripts/start.ts'))
        .at(-1)
      if (launcher) process.kill(launcher.pid, 'SIGTERM')
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
