import { formatLogLine, type LogEntry } from '@xuexi/contract/logging/formatLogLine'
import { env } from '../env'

/** Writes one entry of this CMS process's log (cms or search) to stdout, in PORTAL_LOG_FORMAT. */
export function logLine(entry: LogEntry): void {
  process.stdout.write(`${formatLogLine(entry, { format: env.PORTAL_LOG_FORMAT, process: env.PORTAL_PROCESS })}\n`)
}
