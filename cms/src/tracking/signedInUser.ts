import { LRUCache } from 'lru-cache'
import { executeAuthStrategies, type PayloadRequest, type TypedUser } from 'payload'

// A reading member's page sends a batch every few seconds with the same credentials. Payload's auth
// strategies (JWT signature and expiry, then the user and their sessions loaded through the Local API)
// cost more than recording the batch, so their answer is kept per credentials for a few minutes. The
// session itself is checked again with every batch, inside the recording transaction
// (recordReadingEvents), so a logout or an expired session stops the recording at once.
// Bounded by entries and bytes (keys are whatever cookies and headers clients send, up to 16 KB each).
const ttlMs = 5 * 60_000
const cache = new LRUCache<string, { user: TypedUser; at: number }>({
  max: 20_000,
  maxSize: 32 * 1024 * 1024,
  // The key (credentials) and the user document (a few hundred bytes), as JavaScript strings.
  sizeCalculation: (_entry, key) => key.length * 2 + 2048,
})

/**
 * The user the request's session cookie or `Authorization` header belongs to (with Payload's `_sid`),
 * or null. Credentials seen in the last few minutes are not verified by Payload again.
 */
export async function signedInUser(req: PayloadRequest): Promise<TypedUser | null> {
  const key = credentialsOf(req.headers)
  if (!key) return null
  const cached = cache.get(key)
  if (cached && Date.now() - cached.at < ttlMs) return cached.user
  const { user } = await executeAuthStrategies({ headers: req.headers, payload: req.payload, req, canSetHeaders: false })
  if (user) cache.set(key, { user, at: Date.now() })
  else cache.delete(key)
  return user
}

/** Forgets the user behind these credentials (their session was found gone): Payload decides again next time. */
export function forgetSignedInUser(headers: Headers): void {
  const key = credentialsOf(headers)
  if (key) cache.delete(key)
}

function credentialsOf(headers: Headers): string | undefined {
  const cookie = headers.get('cookie') ?? ''
  const authorization = headers.get('authorization') ?? ''
  return cookie || authorization ? `${authorization}\n${cookie}` : undefined
}

/** Forgets every remembered sign-in of these users (their account changed: role, organization, sessions). */
export function forgetSignedInUsers(userIds: readonly number[]): void {
  if (userIds.length === 0) return
  const ids = new Set<unknown>(userIds)
  for (const [key, entry] of [...cache.entries()]) if (ids.has(entry.user.id)) cache.delete(key)
}
