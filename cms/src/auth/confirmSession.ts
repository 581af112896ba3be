import { type SessionClaims, verifySessionToken } from '@xuexi/contract/auth/sessionSignature'
import type { Pool } from '../database/databaseOf'
import { liveSessionSql } from '../database/payloadTables'

/** A session's user as the portal reads it: the fields that decide what they see, and their name. */
export interface ConfirmedUser {
  id: number
  name: string
  role: string
  organization: number | null
}

/**
 * The user a session token belongs to, when Payload signed it (`key` is `payload.secret`), it has not
 * expired, and its session row still exists unexpired with the user's current role and organization;
 * null otherwise (`confirmSessionClaims`).
 */
export async function confirmSession(pool: Pool, key: string, token: string): Promise<ConfirmedUser | null> {
  const claims = verifySessionToken(key, token)
  return claims ? confirmSessionClaims(pool, claims) : null
}

/**
 * The user of verified session claims while their session row exists unexpired, with the user's current
 * role and organization; null otherwise. One statement on two primary keys: Payload deletes the row on
 * sign-out and the other rows on a password change, and role and organization are read as they are now,
 * so every revocation shows at once — what Payload's JWT strategy decides for `/api/users/me`, without
 * its request path.
 */
export async function confirmSessionClaims(pool: Pool, claims: SessionClaims): Promise<ConfirmedUser | null> {
  const id = Number(claims.id)
  if (!claims.sid || !Number.isSafeInteger(id)) return null
  const { rows } = await pool.query<ConfirmedUser>({
    name: 'auth.confirmSession',
    text: `select u.id, u.name, u.role::text as role, u.organization_id as organization
       from users u where u.id = $1 and ${liveSessionSql('u.id', '$2')}`,
    values: [id, claims.sid],
  })
  return rows[0] ?? null
}
