import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { isPostgresRunning } from '../launcher/connectPortalDatabase'
import type { Logger } from '../launcher/createLogger'
import { startEmbeddedPostgres } from '../launcher/startEmbeddedPostgres'
import { BackupError } from './backupError'

/** Where a restore writes: a database (embedded in the data folder, or DATABASE_URL) and the data folder's media. */
export interface RestoreTarget {
  databaseUrl: string
  dataDir: string
  mediaDir: string
  /** Where the archive's session secret goes (only for an embedded database: an external one keeps its own). */
  secretFile?: string
  stop: () => Promise<void>
}

/**
 * Refuses a target that holds anything (a data folder with files, or a database with tables) unless
 * `force`; nothing is written by this check. Call `openRestoreTarget` only after the archive is verified.
 */
export async function checkRestoreTarget(options: { dataDir: string; databaseUrl?: string; force: boolean }): Promise<void> {
  if (isPostgresRunning(options.dataDir))
    throw new BackupError(
      'restore.targetRunning',
      `数据目录 ${options.dataDir} 上的门户正在运行：请先停止它（npm start 所在的终端按 Ctrl-C）再恢复`,
    )
  if (options.force) return
  const entries = options.databaseUrl
    ? await readdir(path.join(options.dataDir, 'media')).catch(() => [])
    : await readdir(options.dataDir).catch(() => [])
  if (entries.length > 0)
    throw new BackupError(
      'restore.targetNotEmpty',
      `目标 ${options.databaseUrl ? path.join(options.dataDir, 'media') : options.dataDir} 不是空的：请指定一个空的或不存在的数据目录（--data-dir），或加 --force 覆盖其中的门户`,
    )
  if (options.databaseUrl && (await tableCount(options.databaseUrl)) > 0)
    throw new BackupError('restore.targetNotEmpty', 'DATABASE_URL 指向的数据库中已经有表：请使用空数据库，或加 --force 清空后恢复')
}

/** Starts (or connects to) the target database and, with `force`, empties its schema and media folder. */
export async function openRestoreTarget(options: {
  dataDir: string
  databaseUrl?: string
  force: boolean
  log: Logger
}): Promise<RestoreTarget> {
  const mediaDir = path.join(options.dataDir, 'media')
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 })
  const database = options.databaseUrl
    ? { url: options.databaseUrl, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: options.dataDir, log: options.log })
  if (options.force) {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      await client.query('drop schema if exists public cascade; create schema public')
    } finally {
      await client.end()
    }
    await rm(mediaDir, { recursive: true, force: true })
  }
  return {
    databaseUrl: database.url,
    dataDir: options.dataDir,
    mediaDir,
    secretFile: options.databaseUrl ? undefined : path.join(options.dataDir, 'payload-secret'),
    stop: database.stop,
  }
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(`select count(*) from pg_tables where schemaname = 'public'`)
    return Number(rows[0]?.count ?? 0)
  } finally {
    await client.end()
  }
}
