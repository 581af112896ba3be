import { logLine } from './logLine'

/**
 * What code that runs before (or without) Payload logs through: the shape of Payload's pino logger
 * (`payload.logger` fits it), so the same code logs through either.
 */
export interface ProcessLog {
  info: (message: string) => void
  warn: (message: string) => void
  error: (fields: { err: unknown }, message: string) => void
}

/** A log for a process that has no Payload yet (the search process while it starts): lines as `logLine` writes them. */
export function processLog(): ProcessLog {
  return {
    info: (msg) => logLine({ level: 'info', msg }),
    warn: (msg) => logLine({ level: 'warn', msg }),
    error: ({ err }, msg) => logLine({ level: 'error', msg: [msg, err instanceof Error ? err.stack : String(err)].join('\n') }),
  }
}
