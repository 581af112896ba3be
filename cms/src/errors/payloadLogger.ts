import { type Config, defaultLoggerOptions } from 'payload'

type LogMethod = (...args: unknown[]) => void

/**
 * Payload's logger (its own pretty output), except that a request refused with a 4xx is one info line
 * instead of an error with its stack. Payload means to do this by error class name (`loggingLevels`),
 * but the production build shortens class names, so every 403, 404 and refused body was logged in full.
 */
export const payloadLogger: Config['logger'] = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(this: { info: LogMethod }, args: unknown[], method: LogMethod, level: number) {
        const err = (args[0] as { err?: { status?: unknown; message?: unknown } } | undefined)?.err
        if (level >= 50 && typeof err?.status === 'number' && err.status < 500)
          return this.info({ msg: `${err.status} ${String(err.message)}` })
        return method.apply(this, args)
      },
    },
  },
}
