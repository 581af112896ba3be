import { sql } from '@payloadcms/db-postgres'
import { type CollectionBeforeOperationHook, Forbidden } from 'payload'
import { hasSessionRow } from '../database/payloadTables'
import { requestDatabase } from '../database/requestDatabase'

/**
 * Payload's refresh authenticates the request, then reads the caller's sessions again without a lock
 * and dereferences the caller's one: a sign-out or an account deletion committed in between made it a
 * 500. Locks the caller's user row for the operation's transaction first (sign-in, sign-out and refresh
 * all write that row before its sessions), then, in a statement that sees what committed before the
 * lock, refuses a session that is gone the way a signed-out token is refused.
 */
export const holdSessionForRefresh: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const user = req.user
  const sid = (user as { _sid?: unknown } | null)?._sid
  if (operation !== 'refresh' || user?.collection !== 'users' || typeof sid !== 'string') return args
  const db = await requestDatabase(req)
  const locked = await db.execute(sql`select id from users where id = ${user.id} for update`)
  if (locked.rows.length === 0 || !(await hasSessionRow(db, user.id, sid))) throw new Forbidden(req.t)
  return args
}
