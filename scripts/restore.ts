import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BackupError, runBackupCommand } from './backup/backupError'
import { codeMigrations } from './backup/codeMigrations'
import { loadArchive } from './backup/loadArchive'
import { verifyArchive } from './backup/readArchive'
import { checkRestoreTarget, openRestoreTarget } from './backup/restoreTarget'
import { createLogger } from './launcher/createLogger'
import { ensureSecret } from './launcher/ensureSecret'
import { readLauncherEnv } from './launcher/launcherEnv'
import { projectPaths } from './launcher/projectPaths'
import { runChild } from './launcher/runChild'

// `npm run restore -- <archive> [--data-dir <dir>] [--force]`: rebuilds a portal from `npm run backup`'s archive.
const usage = `用法：npm run restore -- <备份文件.tar.gz> [--data-dir <数据目录>] [--force]
  --data-dir <目录>  恢复到这个数据目录（默认 PORTAL_DATA_DIR，即 .data）；它必须是空的或不存在
  --force            目标不是空的也恢复：先清空其中的数据库和媒体文件
设置了 DATABASE_URL 时恢复到该数据库（必须没有表），媒体文件写入数据目录。`

await runBackupCommand('恢复', async () => {
  const log = createLogger('恢复')
  const cli = parseCli()
  const env = readLauncherEnv()
  const archive = path.resolve(cli.archive)
  const dataDir = path.resolve(cli.dataDir ?? env.PORTAL_DATA_DIR)
  const started = Date.now()
  if (!existsSync(archive)) throw new BackupError('restore.archiveMissing', `找不到备份文件 ${archive}`)
  await checkRestoreTarget({ dataDir, databaseUrl: env.DATABASE_URL, force: cli.force })
  log.step(`正在校验备份文件 ${archive} …`)
  const manifest = await verifyArchive(archive)
  log.step(
    `校验通过：备份于 ${manifest.createdAt}，版本 ${manifest.app.version}${manifest.app.commit ? `（${manifest.app.commit.slice(0, 10)}）` : ''}`,
  )
  const expected = codeMigrations()
  if (JSON.stringify(expected) !== JSON.stringify(manifest.migrations))
    throw new BackupError(
      'restore.migrationsDiffer',
      `备份的数据库结构（迁移 ${manifest.migrations.at(-1) ?? '无'}，共 ${manifest.migrations.length} 个）与当前代码（迁移 ${expected.at(-1)}，共 ${expected.length} 个）不一致：请检出备份时的版本${manifest.app.commit ? `（git checkout ${manifest.app.commit.slice(0, 10)}）` : ''}恢复，再用新版本启动以升级`,
    )
  const target = await openRestoreTarget({ dataDir, databaseUrl: env.DATABASE_URL, force: cli.force, log })
  try {
    log.step('正在用已提交的迁移建立数据库结构…')
    const secret = env.PAYLOAD_SECRET ?? (await ensureSecret(dataDir))
    await runChild({
      name: 'migrate',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(projectPaths.root, 'scripts/migrate.ts')],
      env: { ...process.env, DATABASE_URL: target.databaseUrl, PAYLOAD_SECRET: secret, PORTAL_DATA_DIR: dataDir },
      log: { ...log, line: () => undefined },
    })
    log.step('正在载入数据和媒体文件…')
    await loadArchive({
      archive,
      manifest,
      databaseUrl: target.databaseUrl,
      mediaDir: target.mediaDir,
      secretFile: target.secretFile,
      onTable: (table, done, total) => {
        if (done % 10 === 0 || done === total) log.step(`已载入 ${done}/${total} 张表（${table}）`)
      },
    })
  } finally {
    await target.stop()
  }
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const media = manifest.members.filter((member) => member.name.startsWith('media/')).length
  if (manifest.mediaBucket)
    log.warn(
      `备份时媒体文件和导出文件在 S3 存储桶 ${manifest.mediaBucket.bucket} 中，未随本备份恢复：启动恢复后的门户时请设置指向该存储桶的 S3_* 环境变量（需要时先从存储桶自身的备份恢复它）`,
    )
  log.step(
    `恢复完成：${manifest.tables.length} 张表 ${rows} 行（与清单逐表核对一致），${media} 个媒体文件，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。启动：${env.DATABASE_URL ? 'npm start' : `PORTAL_DATA_DIR=${dataDir} npm start`}`,
  )
})

function parseCli(): { archive: string; dataDir?: string; force: boolean } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) {
      console.log(usage)
      process.exit(0)
    }
    const [archive, ...rest] = positionals
    if (!archive || rest.length > 0) throw new Error('请指定一个备份文件')
    return { archive, dataDir: values['data-dir'], force: values.force ?? false }
  } catch (error) {
    throw new BackupError('backup.usage', `${(error as Error).message}。${usage.split('\n')[0]}`)
  }
}
