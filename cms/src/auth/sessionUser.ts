import { verifySessionToken } from '@xuexi/contract/auth/sessionSignature'
import type { TypedUser } from 'payload'
import type { Pool } from '../database/databaseOf'
import { confirmSessionClaims } from './confirmSession'

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
