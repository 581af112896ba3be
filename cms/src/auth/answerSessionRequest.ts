import type { Pool } from '../database/databaseOf'
import type { SideServerAnswer } from '../processes/sideServer'
import { confirmSession } from './confirmSession'

/**
 * `GET /api/portal/session` with `Authorization: JWT <token>`: `{ user }` (null when the session has
 * ended, or the token is not one), as Payload's `/api/users/me` answers the portal, but from one
 * indexed statement (`confirmSession`) instead of Payload's request path. A database failure rejects:
 * the server logs it and answers 500, and the portal answers 503 rather than show the page signed out.
 */
export async function answerSessionRequest(pool: Pool, key: string, headers: Headers): Promise<SideServerAnswer> {
  const token = /^JWT (\S+)$/.exec(headers.get('authorization') ?? '')?.[1]
  const user = token ? await confirmSession(pool, key, token) : null
  return { status: 200, body: JSON.stringify({ user }) }
}
