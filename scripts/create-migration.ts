import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLogger } from './launcher/createLogger'
import { projectPaths } from './launcher/projectPaths'
import { startEmbeddedPostgres } from './launcher/startEmbeddedPostgres'

// `npm run migrate:create -- <name>`: diffs the Payload config against a scratch database that has
// every committed migration applied, and writes the difference as a new migration in cms/src/migrations.
const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('用法：npm run migrate:create -- <英文名称>，例如 npm run migrate:create -- add_article_cover')
  process.exit(1)
}
const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-migration-'))
await chmod(dataDir, 0o755)
const database = await startEmbeddedPostgres({ dataDir, log: createLogger() })
try {
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'migration-only-secret-0123456789abcdef',
    PORTAL_DATA_DIR: dataDir,
  }
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: projectPaths.root, env, stdio: 'inherit' })
  run(['--import', 'tsx', path.join(projectPaths.root, 'scripts/migrate.ts')])
  run([path.join(projectPaths.root, 'node_modules/payload/bin.js'), 'migrate:create', name])
} finally {
  await database.stop()
  await rm(dataDir, { recursive: true, force: true })
}
