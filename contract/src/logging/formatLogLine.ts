/** How the portal's processes write their logs (PORTAL_LOG_FORMAT). */
export type LogFormat = 'text' | 'json'

/** One log entry: its level word, its message and any fields (requestId, status…). */
export type LogEntry = { level: string; msg: string } & Record<string, unknown>

/**
 * One log line as every process of the portal writes it (the CMS, the portal; the launcher wraps its
 * own the same way): JSON with time, level, process, msg and the fields, or for people
 * `[HH:MM:SS] LEVEL: msg key=value`, never with colour codes. Pure, so both apps share it.
 */
export function formatLogLine(entry: LogEntry, options: { format: LogFormat; process: string; time?: Date }): string {
  const time = options.time ?? new Date()
  if (options.format === 'json') return JSON.stringify({ time: time.toISOString(), process: options.process, ...entry })
  const { level, msg, ...fields } = entry
  const extra = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('')
  return `[${time.toTimeString().slice(0, 8)}] ${level.toUpperCase()}: ${msg}${extra}`
}
