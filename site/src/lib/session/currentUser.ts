import { payloadSecretOf } from '@xuexi/contract/auth/payloadSecretOf'
import { checkedSessionTokens } from '@xuexi/contract/auth/sessionSignature'
import type { APIContext } from 'astro'
import { env } from '../../env'
import { confirmedSession } from './confirmedSession'
import type { SessionUser } from './SessionUser'
import { sessionToken } from './sessionToken'

const claimsOf = checkedSessionTokens(payloadSecretOf(env.PAYLOAD_SECRET))
const resolved = new WeakMap<Request, Promise<SessionUser | null>>()

/**
 * The reader signed in on this request, or null for anonymous readers and for expired, forged or
 * ended sessions. The token's signature and expiry are checked here; that the session still exists
 * the CMS confirms at most every few seconds per session (`confirmedSession`). Rejects with a CmsError
 * (503) when the CMS cannot say: the middleware answers 503 rather than show the page signed out.
 */
export function currentUser({ request, cookies }: Pick<APIContext, 'request' | 'cookies'>): Promise<SessionUser | null> {
  let user = resolved.get(request)
  if (!user) {
    user = sessionUser(sessionToken(cookies))
    resolved.set(request, user)
  }
  return user
}

/** The reader a session token stands for, checked as `currentUser` checks it (the portal server's `answerKeptPage` asks too). */
export async function sessionUser(token: string | null): Promise<SessionUser | null> {
  const claims = token ? claimsOf(token) : undefined
  if (!token || !claims) return null
  const user = await confirmedSession(token)
  return user && String(user.id) === String(claims.id) ? user : null
}
