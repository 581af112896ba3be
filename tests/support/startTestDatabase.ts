import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { runChild } from '../../scripts/launcher/runChild'
import { startEmbeddedPostgres } from '../../scripts/launcher/startEmbeddedPostgres'
import { quietLogger } from './quietLogger'
import { testSecret } from './testSecret'

/** Global setup: a fresh embedded PostgreSQL for this run, migrated, removed afterwards. */
export default async function startTestDatabase(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-integration-'))
  // PostgreSQL runs as its own user and must be able to enter the folder.
  await chmod(dataDir, 0o755)
  const log = quietLogger()
  const database = await startEmbeddedPostgres({ dataDir, log })
  const env = { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: testSecret, PORTAL_DATA_DIR: dataDir }
  await runChild({
    name: 'migrate',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(projectPaths.root, 'scripts/migrate.ts')],
    env,
    log,
  })
  project.provide('databaseUrl', database.url)
  project.provide('dataDir', dataDir)
  return async () => {
    await database.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
  }
}
