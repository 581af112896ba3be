/** Name of Payload's session cookie, shared by portal and CMS on the one origin. */
export const sessionCookieName = 'payload-token'

/** The session token in a Cookie header, or null. */
export function sessionToken(cookieHeader: string | null): string | null {
  for (const part of cookieHeader?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=')
    if (name === sessionCookieName && value.length > 0) return value.join('=') || null
  }
  return null
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
