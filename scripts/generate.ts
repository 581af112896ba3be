import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { projectPaths } from './launcher/projectPaths'

// `npm run generate`: regenerates Payload's TypeScript types and the admin import map from the
// config. Neither command connects to the database, so placeholders satisfy the CMS env module.
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || 'postgres://unused:unused@127.0.0.1:1/unused',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'generate-only-secret-not-used-for-anything',
}
const payloadBin = path.join(projectPaths.root, 'node_modules/payload/bin.js')
for (const command of ['generate:types', 'generate:importmap']) {
  execFileSync(process.execPath, [payloadBin, command], { cwd: projectPaths.root, env, stdio: 'inherit' })
}
