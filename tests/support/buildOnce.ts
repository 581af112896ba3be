import { appendFileSync } from 'node:fs'
import { ensureBuilt } from '../../scripts/launcher/ensureBuilt'
import { artifactPath } from './artifacts'
import { testSecret } from './testSecret'

/**
 * Global setup of the suites whose tests start their own apps from the build (`launches`): builds what the launcher
 * runs (`ensureBuilt`) first when it is stale. A shared stack starting at the same time in the other half of `npm test` waits
 * on the same build lock. The build reads no database; the settings only satisfy the CMS's environment check.
 */
export default async function buildOnce() {
  const logFile = artifactPath('build.log')
  const env = { ...process.env, DATABASE_URL: 'postgres://build@127.0.0.1:9/unused', PAYLOAD_SECRET: testSecret }
  await ensureBuilt({
    env,
    log: {
      step: (message) => console.log(`[build] ${message}`),
      warn: (message) => console.warn(`[build] ${message}`),
      line: (prefix, text) => appendFileSync(logFile, `${prefix} │ ${text}`),
    },
  })
}
