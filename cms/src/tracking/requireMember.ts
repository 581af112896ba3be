import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { requestSessionToken } from '../auth/requestSessionToken'
import { cmsError } from '../errors/cmsError'

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
