import { type Config, defaultLoggerOptions } from 'payload'
import { env } from '../env'
import { isDataException } from '../errors/refuseUnstorableInput'
import { t } from '../i18n/messages'
import { logLine } from './logLine'

type LoggerConfig = Config['logger']
type LogMethod = (...args: unknown[]) => void

// pino's numeric levels, as the words logLine writes.
const levelNames: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }

/**
 * A request refused with a 4xx is one info line instead of an error with its stack. Payload means to do
 * this by error class name (`loggingLevels`), but the production build shortens class names, so every
 * 403, 404 and refused body was logged in full; values the database refuses (answered 400 by
 * `refuseUnstorableInput`) were logged with their whole query.
 */
function logRefusalsBriefly(this: { info: LogMethod }, args: unknown[], method: LogMethod, level: number): void {
  const err = (args[0] as { err?: { status?: unknown; message?: unknown } } | undefined)?.err
  if (level >= 50 && typeof err?.status === 'number' && err.status < 500) this.info({ msg: `${err.status} ${String(err.message)}` })
  else if (level >= 50 && isDataException(err)) this.info({ msg: `400 ${t('input.unstorable')}` })
  else method.apply(this, args)
}

/**
 * Payload's logger for this process. On a terminal without NO_COLOR, Payload's own coloured lines;
 * otherwise (a pipe, a file, a service manager) the same lines without colour codes, or with
 * PORTAL_LOG_FORMAT=json one JSON object per line in the fields every process of the portal uses.
 * Either way refusals are logged briefly (`logRefusalsBriefly`).
 */
export function payloadLogger(): LoggerConfig {
  const hooks = { logMethod: logRefusalsBriefly }
  if (env.PORTAL_LOG_FORMAT === 'text' && process.stdout.isTTY && !env.NO_COLOR)
    return { destination: defaultLoggerOptions, options: { hooks } }
  return {
    options: { base: undefined, messageKey: 'msg', timestamp: false, hooks },
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
