import { type SessionClaims, verifySessionToken } from '@xuexi/contract/auth/sessionSignature'
import type { TypedUser } from 'payload'
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

/** A request's user from its session, with when that answer stops holding (the token's expiry). */
export interface SessionUser {
  user: TypedUser
  expiresAt: number
}

/**
 * The user a session token stands for, as Payload's JWT strategy would set `req.user`, from the signature
 * and one statement (`confirmSessionClaims`) instead of Payload's user read with its sessions (about ten).
 * It carries what access is decided by — id, role, organization (an id: readers use `idOf`), `collection`
 * and the session's `_sid` — and the name; null when the token is forged or expired or its session ended.
 */
export async function sessionUser(pool: Pool, key: string, token: string): Promise<SessionUser | null> {
  const claims = verifySessionToken(key, token)
  const confirmed = claims && (await confirmSessionClaims(pool, claims))
  if (!claims || !confirmed) return null
  // Not the whole document (no e-mail, timestamps or sessions): nothing served with it reads those.
  const user = { ...confirmed, collection: 'users', _sid: claims.sid, _strategy: 'local-jwt' } as unknown as TypedUser
  return { user, expiresAt: claims.exp * 1000 }
}
