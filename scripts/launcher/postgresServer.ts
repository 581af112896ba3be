import { type ChildProcess, spawn } from 'node:child_process'
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PostgresPlacement } from './postgresPlacement'

/** A postmaster started by the launcher. */
export interface PostgresServer {
  process: ChildProcess
  stop: () => Promise<void>
}

const stopTimeoutMs = 15_000
const lastLines = 20

/** Creates a cluster in `placement.clusterDir` with `user`/`password` as its superuser (as the postgres user when root). */
export async function initdb(placement: PostgresPlacement, options: { user: string; password: string }): Promise<void> {
  const { clusterDir, runAs } = placement
  await mkdir(clusterDir, { recursive: true, mode: 0o700 })
  // initdb reads the password from a file: one only PostgreSQL's user can read, removed right after.
  const secretDir = await mkdtemp(path.join(tmpdir(), 'portal-initdb-'))
  const passwordFile = path.join(secretDir, 'password')
  try {
    await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 })
    if (runAs) {
      await chown(clusterDir, runAs.uid, runAs.gid)
      await chown(secretDir, runAs.uid, runAs.gid)
      await chown(passwordFile, runAs.uid, runAs.gid)
    }
    const child = spawnPostgresProgram(placement, 'initdb', [
      `--pgdata=${clusterDir}`,
      '--auth=password',
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ])
    const output = collectOutput(child)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (code !== 0) throw new Error(`initdb 失败（退出码 ${code}）：${output()}`)
  } finally {
    await rm(secretDir, { recursive: true, force: true })
  }
}

/** Starts the postmaster on `port` and resolves once it accepts connections; rejects with its last output if it exits first. */
export async function startPostgres(placement: PostgresPlacement, port: number): Promise<PostgresServer> {
  const child = spawnPostgresProgram(placement, 'postgres', ['-D', placement.clusterDir, '-p', String(port)])
  const output = collectOutput(child)
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('database system is ready to accept connections')) resolve()
    })
    child.once('error', reject)
    child.once('close', (code, signal) => reject(new Error(`PostgreSQL 退出（${code ?? signal}）：${output()}`)))
  })
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  return {
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data written, then it exits.
      child.kill('SIGINT')
      // On Ctrl-C the terminal signals PostgreSQL directly; it may already be on its way out.
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, stopTimeoutMs).unref())])
    },
  }
}

function spawnPostgresProgram(placement: PostgresPlacement, program: 'initdb' | 'postgres', args: string[]): ChildProcess {
  return spawn(path.join(placement.binDir, program), args, {
    ...(placement.runAs ?? {}),
    // A folder its user can enter: it would otherwise start in the launcher's (perhaps /root/…).
    cwd: path.dirname(placement.clusterDir),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** The last lines a PostgreSQL program printed, for the message when it fails. */
function collectOutput(child: ChildProcess): () => string {
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - lastLines))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => lines.join(' | ')
}
