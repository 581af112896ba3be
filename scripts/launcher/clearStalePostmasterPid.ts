import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Removes `postmaster.pid` left by a PostgreSQL that was killed, when the process id it names now
 * belongs to another program: PostgreSQL itself only recognises a lock file as stale when that id is
 * free. A lock file whose process is still a `postgres` is left alone (PostgreSQL decides).
 */
export async function clearStalePostmasterPid(databaseDir: string): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid')
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n', 1)[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined)
  if (command !== undefined && !command.startsWith('postgres')) await rm(lockFile, { force: true })
}
