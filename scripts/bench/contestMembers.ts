import { createHash, randomUUID } from 'node:crypto'
import { jwtSign } from 'payload'
import type { Pool } from 'pg'
import { insertSessions } from '../../cms/src/database/payloadTables'
import type { LoadMember } from './heartbeatLoad'

// Matches the users collection (cms/src/collections/Users): its token lifetime and the fields it signs.
const tokenSeconds = 7 * 24 * 60 * 60

/**
 * Adds `count` members spread over `branches` in one statement each, with one session apiece, and
 * signs each session's token as Payload's own sign-in does (its `jwtSign`, the config secret hashed
 * as Payload hashes it). Signing in through `/api/users/login` would hash a password per member,
 * about a second of CPU each on this machine: 2,000 members' sign-ins would take longer than the
 * contest they are about to take. With `sessions: false` the members get no session (results only).
 */
export async function insertMembers(
  pool: Pool,
  props: { count: number; branches: number[]; label: string; secret: string; sessions?: boolean },
): Promise<LoadMember[]> {
  const { rows } = await pool.query<{ id: number; email: string; organization: number }>(
    `insert into users (name, email, role, organization_id)
     select $1 || m, 'bench-contest-' || $1 || '-' || m || '@example.org', 'member', ($2::int[])[1 + m % cardinality($2::int[])]
     from generate_series(0, $3 - 1) m
     returning id, email, organization_id as organization`,
    [props.label, props.branches, props.count],
  )
  if (props.sessions === false) return rows.map((row) => ({ id: row.id, cookie: '' }))
  const sessions = rows.map((row) => ({ ...row, sid: randomUUID() }))
  await insertSessions(
    pool,
    sessions.map((session) => ({ userId: session.id, sid: session.sid })),
    tokenSeconds,
  )
  const secret = createHash('sha256').update(props.secret).digest('hex').slice(0, 32)
  return Promise.all(
    sessions.map(async (session) => {
      const fieldsToSign = {
        id: session.id,
        collection: 'users',
        email: session.email,
        sid: session.sid,
        role: 'member',
        organization: session.organization,
      }
      const { token } = await jwtSign({ fieldsToSign, secret, tokenExpiration: tokenSeconds })
      return { id: session.id, cookie: `payload-token=${token}` }
    }),
  )
}
