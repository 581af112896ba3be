import { type Config, defaultLoggerOptions } from 'payload'
import { t } from '../i18n/messages'
import { isDataException } from './refuseUnstorableInput'

type LogMethod = (...args: unknown[]) => void

/**
 * Payload's logger (its own pretty output), except that a request refused with a 4xx is one info line
 * instead of an error with its stack. Payload means to do this by error class name (`loggingLevels`),
 * but the production build shortens class names, so every 403, 404 and refused body was logged in full;
 * values the database refuses (answered 400 by `refuseUnstorableInput`) were logged with their whole query.
 */
export const payloadLogger: Config['logger'] = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(this: { info: LogMethod }, args: unknown[], method: LogMethod, level: number) {
        const err = (args[0] as { err?: { status?: unknown; message?: unknown } } | undefined)?.err
        if (level >= 50 && typeof err?.status === 'number' && err.status < 500)
          return this.info({ msg: `${err.status} ${String(err.message)}` })
        if (level >= 50 && isDataException(err)) return this.info({ msg: `400 ${t('input.unstorable')}` })
        return method.apply(this, args)
      },
    },
  },
}
