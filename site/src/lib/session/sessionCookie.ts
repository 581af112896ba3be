import type { AstroCookies } from 'astro'
import { sessionCookieName } from './sessionToken'

/** Stores the session the way Payload does (HttpOnly, SameSite=Lax, whole origin), so /admin shares it. */
export function setSessionCookie(cookies: AstroCookies, token: string, expiresAt: Date, secure: boolean): void {
  cookies.set(sessionCookieName, token, { httpOnly: true, sameSite: 'lax', path: '/', expires: expiresAt, secure })
}

/** Forgets the session in this browser. */
export function clearSessionCookie(cookies: AstroCookies): void {
  cookies.delete(sessionCookieName, { path: '/' })
}
