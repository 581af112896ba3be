import type { Logger } from '../../scripts/launcher/createLogger'

/** A launcher logger for tests: keeps output in memory and shows only warnings. */
export function quietLogger(lines: string[] = []): Logger {
  return {
    step: (message) => lines.push(message),
    warn: (message) => console.warn(message),
    line: (prefix, text) => lines.push(`${prefix} │ ${text}`),
  }
}
