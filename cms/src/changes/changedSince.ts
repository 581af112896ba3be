import { z } from 'zod'
import type { Pool } from '../database/databaseOf'

const rowSchema = z.object({ collection: z.string().min(1), id: z.coerce.number().int() })

/**
 * Every document the change record notes for a transaction at or after `horizon` (an xid8 as text,
 * a `ChangeFeed` horizon): what a copy of derived state taken at that horizon must re-read to be
 * current. The record keeps 7 days; older horizons are the caller's to refuse.
 */
export async function changedSince(pool: Pool, horizon: string): Promise<Array<z.infer<typeof rowSchema>>> {
  const { rows } = await pool.query(
    'SELECT DISTINCT collection, doc_id AS id FROM content_changes WHERE tx >= $1::xid8 ORDER BY collection, doc_id',
    [horizon],
  )
  return rows.map((row) => rowSchema.parse(row))
}

/** The oldest transaction still running (an xid8 as text): no horizon a copy of this database took can be above it. */
export async function currentHorizon(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin')
  return z.string().regex(/^\d+$/).parse(rows[0]?.xmin)
}
