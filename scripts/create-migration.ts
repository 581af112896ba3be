import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createLogger } from './launcher/createLogger'
import { projectPaths } from './launcher/projectPaths'
import { startScratchDatabase } from './launcher/startScratchDatabase'

// `npm run migrate:create -- <name> [--blank]`: diffs the Payload config against a scratch database that
// has every committed migration applied, and writes the difference as a new migration in
// cms/src/migrations. With no difference it writes nothing (`--blank` writes an empty one to fill in by
// hand): Payload would otherwise stop to ask, and a Ctrl-C at that question left the scratch
// PostgreSQL running with its data in the temporary folder.
const [name, ...flags] = process.argv.slice(2)
if (!name || !/^[a-z0-9_-]+$/.test(name) || flags.some((flag) => flag !== '--blank')) {
  console.error('用法：npm run migrate:create -- <英文名称> [--blank]，例如 npm run migrate:create -- add_article_cover')
  process.exit(1)
}
const migrationsDir = path.join(projectPaths.root, 'cms/src/migrations')
const before = new Set(readdirSync(migrationsDir))
const scratch = await startScratchDatabase({ name: 'migration', secret: 'migration-only-secret-0123456789abcdef', log: createLogger() })
try {
  const payloadBin = path.join(projectPaths.root, 'node_modules/payload/bin.js')
  const emptyChoice = flags.includes('--blank') ? '--force-accept-warning' : '--skip-empty'
  execFileSync(process.execPath, [payloadBin, 'migrate:create', name, emptyChoice], {
    cwd: projectPaths.root,
    env: scratch.env,
    stdio: 'inherit',
  })
} finally {
  await scratch.remove()
}
if (!readdirSync(migrationsDir).some((file) => !before.has(file)))
  console.log('数据库结构与已提交的迁移一致，没有生成新的迁移（需要手写的空迁移请加 --blank）。')
