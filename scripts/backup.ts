import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { appIdentity } from './backup/appIdentity'
import { BackupError, runBackupCommand } from './backup/backupError'
import { collectMedia } from './backup/collectMedia'
import { secretMemberName, tableMemberName } from './backup/manifest'
import { snapshotDatabase } from './backup/snapshotDatabase'
import { writeArchive } from './backup/writeArchive'
import { connectPortalDatabase } from './launcher/connectPortalDatabase'
import { createLogger } from './launcher/createLogger'
import { readLauncherEnv } from './launcher/launcherEnv'

// `npm run backup [-- --out <file>]`: one .tar.gz of a consistent database snapshot, the media files and a manifest.
const usage = `用法：npm run backup [-- --out <备份文件.tar.gz>]
  --out <文件>   备份写到这里；默认 <数据目录>/backups/xuexi-<时间>.tar.gz
数据库：设置了 DATABASE_URL 就用它；否则用数据目录（PORTAL_DATA_DIR，默认 .data）中的内置 PostgreSQL（门户运行时直接连接，未运行时临时启动）。`

await runBackupCommand('备份', async () => {
  const log = createLogger('备份')
  const { values } = parseCli()
  const env = readLauncherEnv()
  const dataDir = path.resolve(env.PORTAL_DATA_DIR)
  if (!env.DATABASE_URL && !existsSync(path.join(dataDir, 'postgres', 'PG_VERSION')))
    throw new BackupError('backup.usage', `数据目录 ${dataDir} 中没有数据库：请用 PORTAL_DATA_DIR 指定门户的数据目录，或设置 DATABASE_URL`)
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  const out = path.resolve(values.out ?? path.join(dataDir, 'backups', `xuexi-${stamp}.tar.gz`))
  // A folder that cannot be made is reported by the next step, with the path and what to do.
  await mkdir(path.dirname(out), { recursive: true }).catch(() => undefined)
  const staging = await mkdtemp(path.join(path.dirname(out), '.backup-')).catch((error: Error) => {
    throw new BackupError('backup.notWritable', `无法在 ${path.dirname(out)} 写入备份（${error.message}），请用 --out 指定可写的位置`)
  })
  const started = Date.now()
  const database = await connectPortalDatabase({ dataDir, databaseUrl: env.DATABASE_URL, log })
  try {
    log.step('正在读取数据库快照（门户可以照常使用）…')
    const snapshot = await snapshotDatabase({
      url: database.url,
      folder: staging,
      onTable: (table, done, total) => {
        if (done % 10 === 0 || done === total) log.step(`已导出 ${done}/${total} 张表（${table}）`)
      },
    })
    const mediaBucket = env.S3_BUCKET ? { bucket: env.S3_BUCKET, endpoint: env.S3_ENDPOINT } : undefined
    if (mediaBucket) log.warn(bucketNotice(mediaBucket))
    const media = mediaBucket ? [] : await collectMedia(path.join(dataDir, 'media'))
    const secretFile = path.join(dataDir, 'payload-secret')
    const sources = [
      ...snapshot.tables.map((table) => ({ name: tableMemberName(table.name), file: snapshot.files.get(table.name) as string })),
      ...media,
      ...(existsSync(secretFile) ? [{ name: secretMemberName, file: secretFile }] : []),
    ]
    log.step(`正在写入备份文件（${snapshot.tables.length} 张表，${media.length} 个媒体文件）…`)
    await writeArchive(
      out,
      sources,
      {
        format: 1,
        createdAt: new Date().toISOString(),
        app: appIdentity(),
        migrations: snapshot.migrations,
        tables: snapshot.tables,
        sequences: snapshot.sequences,
        ...(mediaBucket ? { mediaBucket } : {}),
      },
      (done, total) => {
        if (done % 500 === 0) log.step(`已写入 ${done}/${total} 个成员`)
      },
    )
    const rows = snapshot.tables.reduce((sum, table) => sum + table.rows, 0)
    const { size } = await stat(out)
    log.step(
      `备份完成：${out}（${snapshot.tables.length} 张表 ${rows} 行，${mediaBucket ? `媒体文件在存储桶 ${mediaBucket.bucket} 中，未包含` : `${media.length} 个媒体文件`}，${(size / 1024 / 1024).toFixed(1)} MB，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
    )
  } finally {
    await rm(staging, { recursive: true, force: true })
    await database.stop()
  }
})

/** What the operator must know when the media live in a bucket: this archive does not hold them. */
function bucketNotice(media: { bucket: string; endpoint?: string }): string {
  return `媒体文件和导出文件存放在 S3 对象存储（存储桶 ${media.bucket}${media.endpoint ? `，${media.endpoint}` : ''}），不在本备份中：请用对象存储自身的版本控制、复制或快照功能备份这个存储桶（见 docs/deploy.md“备份”）`
}

function parseCli() {
  try {
    const parsed = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
    if (parsed.values.help) {
      console.log(usage)
      process.exit(0)
    }
    return parsed
  } catch (error) {
    throw new BackupError('backup.usage', `${(error as Error).message}。${usage.split('\n')[0]}`)
  }
}
