const DUMMY_ORIGIN = 'http://portal.invalid'

// Characters a browser drops or rewrites while parsing (tabs, newlines, other controls, backslash),
// and slashes or backslashes hidden behind percent-encoding (also double-encoded): none belongs in a
// path we send back, and each has been used to turn a path into another site's address.
const isUnsafeCharacter = (character: string) => character === '\\' || character <= '\u001f' || character === '\u007f'
const ENCODED_SEPARATOR = /%(?:25)*(?:2f|5c)/i

/**
 * A same-site path to return to after signing in, normalised as a browser would read it; anything
 * that could leave the portal (other sites, `//host`, `/.//host`, `/\host`, encoded slashes,
 * control characters) becomes '/'.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || [...value].some(isUnsafeCharacter)) return '/'
  let url: URL
  try {
    url = new URL(value, DUMMY_ORIGIN)
  } catch {
    return '/'
  }
  if (url.origin !== DUMMY_ORIGIN) return '/'
  if (!url.pathname.startsWith('/') || url.pathname.startsWith('//')) return '/'
  if (ENCODED_SEPARATOR.test(url.pathname)) return '/'
  return url.pathname + url.search + url.hash
}
