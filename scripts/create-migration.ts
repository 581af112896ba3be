import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { createLogger } from './launcher/createLogger'
import { projectPaths } from './launcher/projectPaths'
import { startScratchDatabase } from './launcher/startScratchDatabase'

// `npm run migrate:create -- <name>`: diffs the Payload config against a scratch database that has
// every committed migration applied, and writes the difference as a new migration in cms/src/migrations.
const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('用法：npm run migrate:create -- <英文名称>，例如 npm run migrate:create -- add_article_cover')
  process.exit(1)
}
const scratch = await startScratchDatabase({ name: 'migration', secret: 'migration-only-secret-0123456789abcdef', log: createLogger() })
try {
  const payloadBin = path.join(projectPaths.root, 'node_modules/payload/bin.js')
  execFileSync(process.execPath, [payloadBin, 'migrate:create', name], { cwd: projectPaths.root, env: scratch.env, stdio: 'inherit' })
} finally {
  await scratch.remove()
}
