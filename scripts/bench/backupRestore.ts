import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { fingerprintTables } from '../backup/fingerprintTables'
import { verifyArchive } from '../backup/readArchive'
import { databaseUrlFile } from '../launcher/connectPortalDatabase'
import { createLogger } from '../launcher/createLogger'
import { projectPaths } from '../launcher/projectPaths'
import { runChild } from '../launcher/runChild'
import { startEmbeddedPostgres } from '../launcher/startEmbeddedPostgres'
import { startScratchDatabase } from '../launcher/startScratchDatabase'

// `npm run bench:backup`: a data folder with bench:campaigns' data set (10,000 members, one million reading
// events and what they add up to) on a running embedded PostgreSQL, as under `npm start`; times
// `npm run backup` against it and `npm run restore` into a fresh folder (both as child processes, as an
// operator runs them), then starts the restored database and compares every table's row count and
// fingerprint with the manifest. Exits non-zero if any table differs.
const log = createLogger('bench:backup')
const quiet = { ...log, line: () => undefined }
const secret = 'bench-backup-secret-0123456789abcdef0123'
const scratch = await startScratchDatabase({ name: 'bench-backup', secret, log: quiet })
const workDir = await mkdtemp(path.join(tmpdir(), 'portal-bench-backup-'))
await chmod(workDir, 0o755)
const archive = path.join(workDir, 'bench.tar.gz')
const restoredDir = path.join(workDir, 'restored')
Object.assign(process.env, { DATABASE_URL: scratch.env.DATABASE_URL, PAYLOAD_SECRET: secret, PORTAL_DATA_DIR: scratch.dataDir })
const operatorEnv = (dataDir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_DATA_DIR: dataDir }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  return env
}
const script = (name: string) => path.join(projectPaths.root, 'scripts', name)
const timed = async (run: () => Promise<void>) => {
  const started = performance.now()
  await run()
  return (performance.now() - started) / 1000
}

try {
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: (await import('../../cms/src/payload.config')).default })
  const { campaignShape, generateCampaignData } = await import('./generateCampaignData')
  await generateCampaignData(payload, log)
  await payload.destroy()
  // As under `npm start`: the backup finds the running PostgreSQL through the data folder.
  await writeFile(databaseUrlFile(scratch.dataDir), `${scratch.database.url}\n`, { mode: 0o600 })

  log.step('npm run backup …')
  const backupSeconds = await timed(() =>
    runChild({
      name: 'backup',
      command: process.execPath,
      args: ['--import', 'tsx', script('backup.ts'), '--out', archive],
      env: operatorEnv(scratch.dataDir),
      log,
    }),
  )
  const archiveBytes = (await stat(archive)).size
  await scratch.database.stop()
  log.step('npm run restore …')
  const restoreSeconds = await timed(() =>
    runChild({
      name: 'restore',
      command: process.execPath,
      args: ['--import', 'tsx', script('restore.ts'), archive, '--data-dir', restoredDir],
      env: operatorEnv(restoredDir),
      log,
    }),
  )
  const load = loadavg()

  const manifest = await verifyArchive(archive)
  const restored = await startEmbeddedPostgres({ dataDir: restoredDir, log: quiet })
  const client = new pg.Client({ connectionString: restored.url })
  await client.connect()
  const fingerprints = await fingerprintTables(client, manifest.tables).finally(async () => {
    await client.end()
    await restored.stop()
  })
  const differing = manifest.tables.filter(
    (table, index) => fingerprints[index]?.rows !== table.rows || fingerprints[index]?.md5 !== table.md5,
  )
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const events = manifest.tables.find((table) => table.name === 'reading_events')?.rows ?? 0
  console.log(
    `bench:backup members=${campaignShape.members} events=${events} tables=${manifest.tables.length} rows=${rows} ` +
      `archive=${(archiveBytes / 1024 / 1024).toFixed(1)}MB backup=${backupSeconds.toFixed(1)}s restore=${restoreSeconds.toFixed(1)}s ` +
      `loadavg=${load.map((value) => value.toFixed(2)).join('/')} ${differing.length === 0 ? 'PASS' : `FAIL differing=${differing.map((table) => table.name).join(',')}`}`,
  )
  process.exitCode = differing.length === 0 ? 0 : 1
} finally {
  await scratch.remove().catch(() => undefined)
  await rm(workDir, { recursive: true, force: true })
}
process.exit()
