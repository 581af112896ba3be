import type { Config } from 'payload'
import { env } from '../env'
import { logLine } from './logLine'

type LoggerConfig = Config['logger']

// pino's numeric levels, as the words logLine writes.
const levelNames: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }

/**
 * Payload's logger for this process. On a terminal without NO_COLOR, Payload's own coloured lines;
 * otherwise (a pipe, a file, a service manager) the same lines without colour codes, or with
 * PORTAL_LOG_FORMAT=json one JSON object per line in the fields every process of the portal uses.
 */
export function payloadLogger(): LoggerConfig {
  if (env.PORTAL_LOG_FORMAT === 'text' && process.stdout.isTTY && !env.NO_COLOR) return undefined
  return {
    options: { base: undefined, messageKey: 'msg', timestamp: false },
    destination: {
      write: (json: string) => {
        const { level, msg, err, time: _time, name: _name, ...fields } = JSON.parse(json) as Record<string, unknown>
        const error = err as { stack?: string } | undefined
        const message = [msg, error?.stack].filter((part) => typeof part === 'string' && part !== '').join('\n')
        logLine({ level: levelNames[Number(level)] ?? 'info', msg: message, ...fields })
      },
    },
  }
}
