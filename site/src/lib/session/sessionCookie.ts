import type { AstroCookies } from 'astro'
import { publicOrigin } from '../publicOrigin'
import { sessionCookieName } from './sessionToken'

// Payload's attributes (HttpOnly, SameSite=Lax, whole origin), so /admin shares the cookie; Secure
// whenever readers reach the portal over https, even though the proxy speaks plain http to us.
function cookieAttributes(requestUrl: URL) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: publicOrigin(requestUrl).startsWith('https:') } as const
}

/** Stores the session the way Payload does, so /admin shares it. */
export function setSessionCookie(cookies: AstroCookies, requestUrl: URL, token: string, expiresAt: Date): void {
  cookies.set(sessionCookieName, token, { ...cookieAttributes(requestUrl), expires: expiresAt })
}

/** Forgets the session in this browser (with the same attributes, so the browser replaces the cookie). */
export function clearSessionCookie(cookies: AstroCookies, requestUrl: URL): void {
  cookies.delete(sessionCookieName, cookieAttributes(requestUrl))
}
