/** Whether every `%xx` in a path decodes to UTF-8 (no bare `%`, overlong forms or lone surrogates). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
