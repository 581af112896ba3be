import { sql } from '@payloadcms/db-postgres'
import { LRUCache } from 'lru-cache'
import type { PayloadRequest, TypedUser } from 'payload'
import { sessionUser } from '../auth/confirmSession'
import { requestSessionToken, type TokenSources } from '../auth/requestSessionToken'
import { databaseOf } from '../database/databaseOf'
import { cmsError } from '../errors/cmsError'

// A reading member's page sends a batch every few seconds, and a contest's member an answer every few,
// with the same session. Its first request confirms the session with one statement (`sessionUser`); the
// answer is kept per token for a few minutes (never past the token's expiry), dropped when the user's
// row changes (`forgetSignedInUsers`: sign-out, password, role, organization) or a batch finds the
// session gone (the recording transaction checks it again, recordReadingEvents).
// Bounded by entries and bytes (keys are whatever tokens clients send, up to 16 KB each).
const ttlMs = 5 * 60_000
const cache = new LRUCache<string, { user: TypedUser; until: number }>({
  max: 20_000,
  maxSize: 32 * 1024 * 1024,
  // The key (the token) and the user (a few fields), as JavaScript strings.
  sizeCalculation: (_entry, key) => key.length * 2 + 512,
})

/**
 * The user the request's session token (cookie or `Authorization` header, found as Payload finds it)
 * belongs to, with Payload's `_sid`, or null. A token confirmed in the last few minutes is not confirmed again.
 */
export async function signedInUser(req: PayloadRequest): Promise<TypedUser | null> {
  const token = requestSessionToken(req.headers, req.payload.config)
  if (!token) return null
  const cached = cache.get(token)
  if (cached && Date.now() < cached.until) return cached.user
  // Unconfirmed while the database cannot be asked: signed out for now, as Payload's JWT strategy
  // answers then; `requireMember` tells that apart (503, so trackers keep their batches).
  const found = await sessionUser(databaseOf(req.payload), req.payload.secret, token).catch((error: unknown) => {
    req.payload.logger.warn({ err: error }, 'confirming a session failed')
    return null
  })
  if (found) cache.set(token, { user: found.user, until: Math.min(Date.now() + ttlMs, found.expiresAt) })
  else cache.delete(token)
  return found?.user ?? null
}

/** Forgets the user behind the request's session token (their session was found gone): it is confirmed again next time. */
export function forgetSignedInUser(headers: Headers, config: TokenSources): void {
  const token = requestSessionToken(headers, config)
  if (token) cache.delete(token)
}

/** Forgets every remembered sign-in of these users (their account changed: role, organization, sessions). */
export function forgetSignedInUsers(userIds: readonly number[]): void {
  if (userIds.length === 0) return
  const ids = new Set<unknown>(userIds)
  for (const [key, entry] of [...cache.entries()]) if (ids.has(entry.user.id)) cache.delete(key)
}

/**
 * The signed-in member's id. A request that carries a session but has no user may only look signed
 * out because the database could not be asked (Payload then authenticates nobody): that answers 503,
 * so the tracker keeps its heartbeats and retries, instead of 401.
 */
export async function requireMember(req: PayloadRequest): Promise<number> {
  if (req.user) return req.user.id as number
  if (requestSessionToken(req.headers, req.payload.config)) {
    const reachable = await req.payload.db.drizzle.execute(sql`select 1`).then(
      () => true,
      () => false,
    )
    if (!reachable) throw cmsError('tracking.unavailable', 503)
  }
  throw cmsError('tracking.loginRequired', 401)
}
