import { appendFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import type { Logger } from '../../scripts/launcher/createLogger'
import { startStack } from '../../scripts/launcher/startStack'
import { artifactPath } from './artifacts'
import { testStackOptions } from './testStackOptions'

/** Global setup: the whole portal exactly as `npm start` runs it, on a fresh data folder and a free port. */
export default async function startTestStack(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-stack-'))
  await chmod(dataDir, 0o755)
  const logFile = artifactPath('stack.log')
  const log: Logger = {
    step: (message) => {
      console.log(`[stack] ${message}`)
      appendFileSync(logFile, `${message}\n`)
    },
    warn: (message) => {
      console.warn(`[stack] ${message}`)
      appendFileSync(logFile, `WARN ${message}\n`)
    },
    line: (prefix, text) => appendFileSync(logFile, `${prefix} │ ${text}`),
  }
  const stack = await startStack(testStackOptions(dataDir, log, (message) => log.warn(message)))
  project.provide('baseUrl', stack.url)
  project.provide('stackDatabaseUrl', stack.databaseUrl)
  project.provide('stackDataDir', dataDir)
  return async () => {
    await stack.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    stackDatabaseUrl: string
    stackDataDir: string
  }
}
