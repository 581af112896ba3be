import { z } from 'zod'
import { env } from '../../env'
import { requestCms } from '../cms/requestCms'
import { type SessionUser, sessionUserSchema } from './SessionUser'
import { sessionToken } from './sessionToken'

const meResponse = z.object({ user: sessionUserSchema.nullable() })
const resolved = new WeakMap<Request, Promise<SessionUser | null>>()

/**
 * The reader signed in on this request (asked of the CMS once per request), or null for anonymous
 * readers and for expired or forged sessions. A CMS outage counts as signed out, never as an error page.
 */
export function currentUser(request: Request): Promise<SessionUser | null> {
  let user = resolved.get(request)
  if (!user) {
    user = lookUp(sessionToken(request.headers.get('cookie')))
    resolved.set(request, user)
  }
  return user
}

async function lookUp(token: string | null): Promise<SessionUser | null> {
  if (!token) return null
  try {
    const response = await requestCms(`${env.CMS_URL}/api/users/me`, { token })
    if (!response.ok) return null
    const parsed = meResponse.safeParse(await response.json())
    return parsed.success ? parsed.data.user : null
  } catch {
    return null
  }
}
