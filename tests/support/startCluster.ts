import { appendFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Logger } from '../../scripts/launcher/createLogger'
import { freePort } from '../../scripts/launcher/freePort'
import { startEmbeddedPostgres } from '../../scripts/launcher/startEmbeddedPostgres'
import { type RunningStack, startStack } from '../../scripts/launcher/startStack'
import { artifactPath } from './artifacts'
import { clusterNginxFront } from './clusterNginx'
import type { NginxFront } from './nginxFront'
import { testStackOptions } from './testStackOptions'

/** Two (or more) complete instances on one PostgreSQL, optionally behind nginx. */
export interface RunningCluster {
  /** nginx's address (round-robin over the instances), or instance A's own front when started without nginx. */
  url: string
  databaseUrl: string
  /** The shared data folder (PORTAL_DATA_DIR of every instance: media and exports on one disk). */
  dataDir: string
  instances: RunningStack[]
  log: Logger
  stop: () => Promise<void>
}

/** A logger writing to `test-artifacts/<name>.log`, collecting warnings for the test to read. */
export function clusterLog(name: string): Logger & { warnings: string[] } {
  const file = artifactPath(`${name}.log`)
  const warnings: string[] = []
  return {
    warnings,
    step: (message) => appendFileSync(file, `${message}\n`),
    warn: (message) => {
      warnings.push(message)
      appendFileSync(file, `WARN ${message}\n`)
    },
    line: (prefix, text) => appendFileSync(file, `${prefix} │ ${text}`),
  }
}

/**
 * Starts one embedded PostgreSQL, then the instances one after another (each is `startStack` — CMS
 * with its search, tracking and metrics servers, portal, supervised — on the shared database and data
 * folder: the first migrates and seeds, the next find nothing to do, so they never race), then nginx
 * in front of all of them as docs/deploy.md configures it. A crashed process is restarted by its
 * instance's supervisor after `restartDelayMs`.
 */
export async function startCluster(options: {
  name: string
  instances?: number
  nginx?: boolean
  restartDelayMs?: number
  /** More settings for every instance (e.g. a test S3 server's `S3_*`). */
  env?: Record<string, string>
}): Promise<RunningCluster> {
  const log = clusterLog(options.name)
  const dataDir = await mkdtemp(path.join(tmpdir(), `portal-${options.name}-`))
  await chmod(dataDir, 0o755)
  const cleanups: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })]
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log.warn(String(error)))
  }
  try {
    const database = await startEmbeddedPostgres({ dataDir, log })
    cleanups.push(() => database.stop())
    const frontPort = await freePort()
    const publicUrl = `http://127.0.0.1:${frontPort}`
    const instances: RunningStack[] = []
    for (let index = 0; index < (options.instances ?? 2); index += 1) {
      const stack = await startStack({
        ...testStackOptions(dataDir, log, (message) => log.warn(message)),
        databaseUrl: database.url,
        publicUrl: options.nginx === false ? undefined : publicUrl,
        env: options.env,
        restartPolicy: { maxCrashes: 10, windowMs: 60_000, firstDelayMs: options.restartDelayMs ?? 1_000 },
      })
      cleanups.push(stack.stop)
      instances.push(stack)
    }
    let front: NginxFront | undefined
    if (options.nginx !== false) {
      front = await clusterNginxFront({ port: frontPort, instances: instances.map((stack) => stack.upstreams), dir: dataDir, log })
      cleanups.push(front.stop)
    }
    return { url: front?.url ?? (instances[0] as RunningStack).url, databaseUrl: database.url, dataDir, instances, log, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
