import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Where the embedded PostgreSQL's password is kept: beside its data, readable by the owner only. */
export function databasePasswordFile(dataDir: string): string {
  return path.join(dataDir, 'postgres-password')
}

/** The embedded PostgreSQL's password for this data folder, generated (random, mode 0600) on first use. */
export async function databasePassword(dataDir: string): Promise<string> {
  const file = databasePasswordFile(dataDir)
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim()
  if (existing.length >= 32) {
    await chmod(file, 0o600)
    return existing
  }
  const password = randomBytes(24).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  await chmod(file, 0o600)
  return password
}
