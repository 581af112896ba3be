import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from './createLogger'
import { ensureSecret } from './ensureSecret'
import { startEmbeddedPostgres } from './startEmbeddedPostgres'

/** Where a running launcher records its embedded PostgreSQL's address, for tools like `npm run import`. */
export function databaseUrlFile(dataDir: string): string {
  return path.join(dataDir, 'database-url')
}

/**
 * The portal's database for command-line tools: DATABASE_URL if set; else the embedded PostgreSQL
 * that `npm start` is running; else the embedded PostgreSQL started just for this command.
 */
export async function connectPortalDatabase(options: { dataDir: string; databaseUrl?: string; log: Logger }): Promise<{
  url: string
  secret: string
  stop: () => Promise<void>
}> {
  const dataDir = path.resolve(options.dataDir)
  const secret = await ensureSecret(dataDir)
  if (options.databaseUrl) return { url: options.databaseUrl, secret, stop: async () => undefined }
  const running = runningDatabaseUrl(dataDir)
  if (running) return { url: running, secret, stop: async () => undefined }
  const database = await startEmbeddedPostgres({ dataDir, log: options.log })
  return { url: database.url, secret, stop: database.stop }
}

function runningDatabaseUrl(dataDir: string): string | undefined {
  if (!isPostgresRunning(dataDir)) return undefined
  try {
    return readFileSync(databaseUrlFile(dataDir), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

/** Whether the embedded PostgreSQL of `dataDir` is running (its postmaster.pid names a live process). */
export function isPostgresRunning(dataDir: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
