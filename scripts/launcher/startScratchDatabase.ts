import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Logger } from './createLogger'
import { projectPaths } from './projectPaths'
import { runChild } from './runChild'
import { type RunningDatabase, startEmbeddedPostgres } from './startEmbeddedPostgres'

/** A throw-away embedded PostgreSQL with every committed migration applied. */
export interface ScratchDatabase {
  dataDir: string
  /** Environment for a CMS process (or Payload) on this database. */
  env: NodeJS.ProcessEnv
  database: RunningDatabase
  /** Starts PostgreSQL again on the same data and port after `database.stop()`. */
  restart: () => Promise<void>
  /** Stops PostgreSQL and deletes its data. */
  remove: () => Promise<void>
}

/** Creates a migrated scratch database in a new temporary folder (for tests and migration tooling). */
export async function startScratchDatabase(options: { name: string; secret: string; log: Logger }): Promise<ScratchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `portal-${options.name}-`))
  // PostgreSQL runs as its own user and must be able to enter the folder.
  await chmod(dataDir, 0o755)
  const database = await startEmbeddedPostgres({ dataDir, log: options.log })
  const scratch: ScratchDatabase = {
    dataDir,
    database,
    env: { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: options.secret, PORTAL_DATA_DIR: dataDir },
    restart: async () => {
      const port = Number(new URL(scratch.database.url).port)
      scratch.database = await startEmbeddedPostgres({ dataDir, port, log: options.log })
    },
    remove: async () => {
      await scratch.database.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  const migrate = path.join(projectPaths.root, 'scripts/migrate.ts')
  await runChild({ name: 'migrate', command: process.execPath, args: ['--import', 'tsx', migrate], env: scratch.env, log: options.log })
  return scratch
}
