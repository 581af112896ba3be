/** A backup or restore failure the operator can act on: a stable code and one Chinese line saying what to do. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Every way `npm run backup` / `npm run restore` refuse or fail on purpose. */
export type BackupErrorCode =
  | 'backup.usage'
  | 'backup.notWritable'
  | 'restore.archiveMissing'
  | 'restore.archiveCorrupt'
  | 'restore.targetNotEmpty'
  | 'restore.targetRunning'
  | 'restore.migrationsDiffer'
  | 'restore.mismatch'

/**
 * Runs a command's main function: on failure prints one Chinese line (never a stack trace) and exits 1.
 * Errors that are not a `BackupError` (PostgreSQL down, disk full…) are shown by their message.
 */
export async function runBackupCommand(label: string, main: () => Promise<void>): Promise<never> {
  try {
    await main()
    process.exit(0)
  } catch (error) {
    const text = error instanceof BackupError ? error.message : `${label}失败：${error instanceof Error ? error.message : String(error)}`
    console.error(`✗ ${text.replaceAll('\n', ' ')}`)
    process.exit(1)
  }
}
