import { env } from '../env'

/**
 * The origin readers type into the browser: PORTAL_PUBLIC_URL's when set (behind nginx the portal
 * itself only sees plain http from the proxy), otherwise the origin of the request.
 */
export function publicOrigin(requestUrl: URL): string {
  return env.PORTAL_PUBLIC_URL ? new URL(env.PORTAL_PUBLIC_URL).origin : requestUrl.origin
}
