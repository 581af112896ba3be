import type { TestProject } from 'vitest/node'
import { startScratchDatabase } from '../../scripts/launcher/startScratchDatabase'
import { quietLogger } from './quietLogger'
import { testSecret } from './testSecret'

/** Global setup: a fresh, migrated embedded PostgreSQL for this run, removed afterwards. */
export default async function startTestDatabase(project: TestProject) {
  const scratch = await startScratchDatabase({ name: 'integration', secret: testSecret, log: quietLogger() })
  project.provide('databaseUrl', scratch.database.url)
  project.provide('dataDir', scratch.dataDir)
  return () => scratch.remove()
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
  }
}
