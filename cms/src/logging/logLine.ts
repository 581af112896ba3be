import { env } from '../env'
import { formatLogLine, type LogEntry } from './formatLogLine'

/** Writes one entry of the CMS's log to stdout, in PORTAL_LOG_FORMAT. */
export function logLine(entry: LogEntry): void {
  process.stdout.write(`${formatLogLine(entry, { format: env.PORTAL_LOG_FORMAT, process: 'cms' })}\n`)
}
