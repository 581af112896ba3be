/** Console output of the launcher: steps, warnings and app output with a prefix. */
export interface Logger {
  step: (message: string) => void
  warn: (message: string) => void
  line: (prefix: string, text: string) => void
}

/** A logger that writes to stdout/stderr, prefixing every line with the launcher's name. */
export function createLogger(name = '学习园地'): Logger {
  return {
    step: (message) => console.log(`[${name}] ${message}`),
    warn: (message) => console.warn(`[${name}] ⚠ ${message}`),
    line: (prefix, text) => {
      for (const line of text.split('\n')) if (line.trim()) console.log(`  ${prefix} │ ${line}`)
    },
  }
}
