import type { AstroCookies } from 'astro'

/** Name of Payload's session cookie, shared by portal and CMS on the one origin. */
export const sessionCookieName = 'payload-token'

/**
 * The session token the request carries, or null. Astro's cookies keep the first of duplicated
 * names, as the portal always has; the value is taken as sent (a JWT needs no percent-decoding,
 * and a decoded look-alike of a token is not a token).
 */
export function sessionToken(cookies: AstroCookies): string | null {
  return cookies.get(sessionCookieName, { decode: (value) => value })?.value || null
}

/** When a session token expires (its JWT `exp`); a token without one is treated as lasting a day. */
export function sessionExpiry(token: string, now = Date.now()): Date {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }
    if (typeof claims.exp === 'number') return new Date(claims.exp * 1000)
  } catch {
    // Not a JWT we can read: fall through.
  }
  return new Date(now + 24 * 60 * 60 * 1000)
}
