import { createHmac, timingSafeEqual } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import { z } from 'zod'

// Payload's `JWT_AUTH_VERSION` (its whole module is too heavy for the portal; the unit test holds them equal).
export const payloadJwtAuthVersion = 1

const headerSchema = z.object({ alg: z.literal('HS256'), authVersion: z.literal(payloadJwtAuthVersion) }).loose()
const claimsSchema = z
  .object({ id: z.union([z.number(), z.string()]), collection: z.literal('users'), exp: z.number(), sid: z.string().optional() })
  .loose()

/** Who a session token says it is for, once its signature and expiry are checked. */
export type SessionClaims = z.infer<typeof claimsSchema>

/**
 * The claims of a session token Payload signed (HS256 with `payload.secret`, its auth version in the
 * header) that has not expired; undefined otherwise. Checked without asking the CMS, so a forged or
 * expired cookie costs the CMS nothing; whether the session still exists is `confirmedSession`'s question.
 */
export function verifySessionToken(key: string, token: string, now = Date.now()): SessionClaims | undefined {
  const [header, claims, signature, ...rest] = token.split('.')
  if (!header || !claims || !signature || rest.length > 0) return undefined
  const expected = createHmac('sha256', key).update(`${header}.${claims}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  if (!headerSchema.safeParse(decode(header)).success) return undefined
  const parsed = claimsSchema.safeParse(decode(claims))
  return parsed.success && parsed.data.exp * 1000 > now ? parsed.data : undefined
}

/**
 * `verifySessionToken` for a reader who sends the same token with every request: a genuine token's
 * signature is checked once (an HMAC and two parses, a tenth of a kept page's time) and its claims kept,
 * bounded; its expiry is checked on every use. Only genuine tokens are kept, so forged ones cannot push
 * them out.
 */
export function checkedSessionTokens(key: string, max = 10_000): (token: string, now?: number) => SessionClaims | undefined {
  const checked = new LRUCache<string, SessionClaims>({ max })
  return (token, now = Date.now()) => {
    const known = checked.get(token)
    if (known) return known.exp * 1000 > now ? known : undefined
    const claims = verifySessionToken(key, token, now)
    if (claims) checked.set(token, claims)
    return claims
  }
}

function decode(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
