import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** The pg types the rest of the CMS names; `pg` itself is imported only under `cms/src/database`. */
export type { Pool, PoolClient, QueryResultRow } from 'pg'

/**
 * The pg pool under Payload's PostgreSQL adapter, for plain SQL beside Payload's own queries. The adapter
 * types it as drizzle's pool; it is pg's (`payload.config.ts` gives it `SerialClient`). The one cast.
 */
export function databaseOf(payload: Payload): Pool {
  return payload.db.pool as unknown as Pool
}
