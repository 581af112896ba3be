import type { Pool } from 'pg'
import { z } from 'zod'

/**
 * Names the database a search snapshot belongs to: its name, when it was first migrated and its last
 * migration. A snapshot of another database, or taken before a schema change, is not loaded.
 */
export async function snapshotFingerprint(pool: Pool): Promise<string> {
  const { rows } = await pool.query(
    `SELECT current_database() || '|' || coalesce(min(created_at)::text, '') || '|' || coalesce(max(name), '') AS fingerprint
       FROM payload_migrations`,
  )
  return z.string().parse(rows[0]?.fingerprint)
}
