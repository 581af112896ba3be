import { randomUUID } from 'node:crypto'
import pg from 'pg'

/**
 * The database's own limit for writing events: `connections` clients inserting into a scratch copy of
 * `reading_events` (same columns, indexes and checks) for `seconds`, `rowsPerInsert` rows per
 * INSERT (each its own transaction). Returns rows per second.
 */
export async function insertCeiling(options: {
  databaseUrl: string
  memberIds: number[]
  connections: number
  rowsPerInsert: number
  seconds: number
}): Promise<number> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.connections })
  pool.on('error', () => undefined) // an idle connection closed by PostgreSQL shutting down after the run
  try {
    await pool.query('create table if not exists ceiling_events (like reading_events including all)')
    let rows = 0
    const endsAt = Date.now() + options.seconds * 1000
    const started = performance.now()
    await Promise.all(
      Array.from({ length: options.connections }, async (_, worker) => {
        while (Date.now() < endsAt) {
          const ids = Array.from({ length: options.rowsPerInsert }, () => randomUUID())
          await pool.query(
            `insert into ceiling_events (id, user_id, collection, item_id, occurred_at, active_seconds, scroll_percent, credited_seconds, credited_at)
             select id, $2, 'articles', 1, $3, 15, 50, 15, $3 from unnest($1::uuid[]) as id`,
            [ids, options.memberIds[worker % options.memberIds.length], new Date().toISOString()],
          )
          rows += ids.length
        }
      }),
    )
    return rows / ((performance.now() - started) / 1000)
  } finally {
    await pool.query('drop table if exists ceiling_events').catch(() => undefined)
    await pool.end()
  }
}
