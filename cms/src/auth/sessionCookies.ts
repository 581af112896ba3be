import { env } from '../env'

const publicOrigin = new URL(env.PORTAL_PUBLIC_URL).origin
const servedOverHttps = publicOrigin.startsWith('https:')

/**
 * Payload's session cookie: HttpOnly (always, Payload's default), SameSite=Lax (the portal's own
 * links from e-mail and QR codes arrive as top-level navigations and must carry the session), and
 * Secure whenever readers reach the portal over https — behind nginx the CMS itself only sees http.
 */
export const sessionCookies = { secure: servedOverHttps, sameSite: 'Lax' } as const

/**
 * Origins whose browser requests may use the session cookie (Payload's `csrf`). Behind https the
 * public origin only; on a plain-http trial (`npm start` on localhost, reached by any host name)
 * none, leaving SameSite=Lax as the guard.
 */
export const cookieOrigins: string[] = servedOverHttps ? [publicOrigin] : []
