import { sessionPath } from '@xuexi/contract/auth/sessionPath'
import { LRUCache } from 'lru-cache'
import { z } from 'zod'
import { env } from '../../env'
import { CmsError } from '../cms/CmsError'
import { requestCms } from '../cms/requestCms'
import { type SessionUser, sessionUserSchema } from './SessionUser'

/**
 * How long the CMS's word on a session is trusted: sign-out, a password reset, a role or organization
 * change reach every page within this, and usually at once (the users change notice drops the answer).
 */
export const sessionConfirmMs = 5_000

interface Confirmed {
  user: SessionUser | null
  at: number
}

const meResponse = z.object({ user: sessionUserSchema.nullable() })

// Bounded by entries and bytes: keys are session tokens (a few hundred bytes each), values a small user.
const confirmed = new LRUCache<string, Confirmed>({
  max: 20_000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (_entry, token) => token.length * 2 + 1024,
})
// Lookups in progress, so one session's concurrent requests ask the CMS once; bounded by the requests in flight.
const pending = new Map<string, Promise<SessionUser | null>>()
// Bumped by every forget, so an answer the CMS gave before an account changed is not kept after it.
let generation = 0

/**
 * The user a (locally verified) session token belongs to, as the CMS confirmed it at most
 * `sessionConfirmMs` ago (the tracking server's `GET /api/portal/session`: the session row still
 * exists, with the user's current role and organization); null when the session has ended. Rejects with a CmsError (503) when the CMS
 * cannot say.
 */
export function confirmedSession(token: string, now = Date.now()): Promise<SessionUser | null> {
  const hit = confirmed.get(token)
  if (hit && now - hit.at < sessionConfirmMs) return Promise.resolve(hit.user)
  const inFlight = pending.get(token)
  if (inFlight) return inFlight
  const askedIn = generation
  const lookup = askCms(token).then((user) => {
    if (askedIn === generation) confirmed.set(token, { user, at: now })
    return user
  })
  pending.set(token, lookup)
  const forget = () => {
    if (pending.get(token) === lookup) pending.delete(token)
  }
  lookup.then(forget, forget)
  return lookup
}

/** Forgets the confirmed sessions of these users (their account changed), so their next request asks the CMS. */
export function forgetSessionsOf(userIds: ReadonlyArray<number | string>): void {
  if (userIds.length === 0) return
  generation += 1
  const ids = new Set(userIds.map(String))
  for (const [token, entry] of confirmed.entries()) if (entry.user && ids.has(String(entry.user.id))) confirmed.delete(token)
  pending.clear()
}

/** Forgets one session (signed out here), so it cannot be served from memory again. */
export function forgetSession(token: string): void {
  generation += 1
  confirmed.delete(token)
  pending.delete(token)
}

/** Forgets every confirmed session (an organization changed: classes may have moved). */
export function forgetAllSessions(): void {
  generation += 1
  confirmed.clear()
  pending.clear()
}

// The CMS's tracking server confirms a session with one indexed statement (`answerSessionRequest`);
// Payload's own `/api/users/me` answers the same for a portal started without its address.
const confirmUrl = env.CMS_TRACKING_URL ? `${env.CMS_TRACKING_URL}${sessionPath}` : `${env.CMS_URL}/api/users/me`

async function askCms(token: string): Promise<SessionUser | null> {
  const url = confirmUrl
  const response = await requestCms(url, { token })
  if (response.status >= 500) throw CmsError.fromResponse(response, url)
  if (!response.ok) return null
  const parsed = meResponse.safeParse(await response.json().catch(() => null))
  return parsed.success ? parsed.data.user : null
}
