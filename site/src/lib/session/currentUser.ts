import { z } from 'zod'
import { env } from '../../env'
import { CmsError } from '../cms/CmsError'
import { requestCms } from '../cms/requestCms'
import { type SessionUser, sessionUserSchema } from './SessionUser'
import { sessionToken } from './sessionToken'

const meResponse = z.object({ user: sessionUserSchema.nullable() })
const resolved = new WeakMap<Request, Promise<SessionUser | null>>()

/**
 * The reader signed in on this request (asked of the CMS once per request), or null for anonymous
 * readers and for expired or forged sessions. Rejects with a CmsError (503) when the CMS cannot say
 * (restarting, or its database away): the middleware answers 503 rather than show the page signed out.
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
  const url = `${env.CMS_URL}/api/users/me`
  const response = await requestCms(url, { token })
  if (response.status >= 500) throw CmsError.fromResponse(response, url)
  if (!response.ok) return null
  const parsed = meResponse.safeParse(await response.json().catch(() => null))
  return parsed.success ? parsed.data.user : null
}
