import type { SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

/** What of Payload's config decides where a request's session token is found. */
export type TokenSources = Pick<SanitizedConfig, 'auth' | 'cookiePrefix' | 'csrf'>

/**
 * The session token a request carries, found as Payload's JWT strategy finds it (its `extractJWT`,
 * which it does not export): `Authorization: JWT …` or `Bearer …` and the session cookie, in the
 * config's `auth.jwtOrder`; the cookie only from an origin in `csrf` (or, without an `Origin`, a
 * same-site `Sec-Fetch-Site`) once `csrf` lists any. Null when there is none.
 */
export function requestSessionToken(headers: Headers, config: TokenSources): string | null {
  for (const source of config.auth.jwtOrder) {
    const token = source === 'cookie' ? cookieToken(headers, config) : headerToken(headers, `${source} `)
    if (token) return token
  }
  return null
}

function headerToken(headers: Headers, scheme: string): string | null {
  const authorization = headers.get('authorization')
  return authorization?.startsWith(scheme) ? authorization.slice(scheme.length) || null : null
}

function cookieToken(headers: Headers, config: TokenSources): string | null {
  const token = parseCookies(headers).get(`${config.cookiePrefix}-token`)
  if (!token) return null
  if (config.csrf.length === 0) return token
  const origin = headers.get('origin')
  if (origin) return config.csrf.includes(origin) ? token : null
  return ['same-origin', 'same-site', 'none'].includes(headers.get('sec-fetch-site') ?? '') ? token : null
}
