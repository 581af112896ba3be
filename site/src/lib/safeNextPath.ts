/** A same-site path to return to after signing in; anything else (other sites, odd input) becomes '/'. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  try {
    const url = new URL(value, 'http://portal.invalid')
    return url.origin === 'http://portal.invalid' ? url.pathname + url.search + url.hash : '/'
  } catch {
    return '/'
  }
}
