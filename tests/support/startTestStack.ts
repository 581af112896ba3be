import { appendFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import type { Logger } from '../../scripts/launcher/createLogger'
import { type StackOptions, startStack } from '../../scripts/launcher/startStack'
import { artifactPath } from './artifacts'
import { sampleMembers, stackAdmin } from './stackAdmin'
import { testSecret } from './testSecret'

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
  const stack = await startStack(testStackOptions(dataDir, log))
  project.provide('baseUrl', stack.url)
  project.provide('stackDatabaseUrl', stack.databaseUrl)
  project.provide('stackDataDir', dataDir)
  return async () => {
    await stack.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** How every test stack runs: built apps on loopback, the test secret, admin and sample-member password. */
export function testStackOptions(dataDir: string, log: Logger): StackOptions {
  return {
    mode: 'production',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    secret: testSecret,
    admin: stackAdmin,
    sampleMemberPassword: sampleMembers.password,
    // Only the front proxy's and the portal's own address, so a test can connect from another loopback
    // address (127.0.0.2…) as a client that is no proxy (tests/support/clientFrom.ts).
    trustedProxies: '127.0.0.1,::1',
    log,
    onCrash: (message) => log.warn(message),
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    stackDatabaseUrl: string
    stackDataDir: string
  }
}
