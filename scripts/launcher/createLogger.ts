/** How the launcher writes its log: readable lines, or one JSON object per line (PORTAL_LOG_FORMAT=json). */
export type LogFormat = 'text' | 'json'

/** Console output of the launcher: steps, warnings, the line that ends a failed start, and app output with a prefix. */
export interface Logger {
  step: (message: string) => void
  warn: (message: string) => void
  line: (prefix: string, text: string) => void
  /** The one line a failed start ends with (default: a warning). */
  fail?: (message: string) => void
  /** Environment the apps need to log the same way (format, colours). */
  childEnv?: Record<string, string>
}

// CSI sequences (colours, cursor moves) that Next.js, Payload's pino-pretty and Astro write.
const terminalCodes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g')

/**
 * A logger that writes to stdout/stderr. In text format every line has the launcher's name or the
 * app's prefix, and colour codes are kept only on a terminal without NO_COLOR; in JSON format every
 * line is an object with time, level, process and msg, app lines that already are JSON passing
 * through with their process named.
 */
export function createLogger(name = '学习园地', options: { format?: LogFormat; colour?: boolean } = {}): Logger {
  const format = options.format ?? 'text'
  const colour = options.colour ?? (process.stdout.isTTY === true && !process.env.NO_COLOR)
  const childEnv: Record<string, string> = { PORTAL_LOG_FORMAT: format, ...(colour ? {} : { NO_COLOR: '1', FORCE_COLOR: '0' }) }
  const plain = (text: string) => (colour ? text : text.replace(terminalCodes, ''))
  if (format === 'json') {
    const write = (level: string, process: string, msg: string) =>
      console.log(JSON.stringify({ time: new Date().toISOString(), level, process, msg }))
    return {
      step: (message) => write('info', 'launcher', message),
      warn: (message) => write('warn', 'launcher', message),
      fail: (message) => write('error', 'launcher', message),
      line: (prefix, text) => {
        for (const line of plain(text).split('\n')) if (line.trim()) console.log(asJsonLine(prefix, line))
      },
      childEnv,
    }
  }
  return {
    step: (message) => console.log(`[${name}] ${message}`),
    warn: (message) => console.warn(`[${name}] ⚠ ${message}`),
    fail: (message) => console.error(`[${name}] ✖ ${message}`),
    line: (prefix, text) => {
      for (const line of plain(text).split('\n')) if (line.trim()) console.log(`  ${prefix} │ ${line}`)
    },
    childEnv,
  }
}

function asJsonLine(prefix: string, line: string): string {
  const trimmed = line.trim()
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return JSON.stringify({ process: prefix, ...(parsed as Record<string, unknown>) })
    } catch {
      // Not JSON after all: wrapped below like any other line.
    }
  }
  return JSON.stringify({ time: new Date().toISOString(), level: 'info', process: prefix, msg: trimmed })
}
