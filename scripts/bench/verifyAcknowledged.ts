import pg from 'pg'

/** What the database holds for a load: acknowledged events present, missing, stored twice, and progress that disagrees with the log. */
export interface StoredCheck {
  present: number
  lost: number
  duplicated: number
  /** Members whose progress seconds differ from the sum of their logged events' credit (each event must count exactly once). */
  progressMismatches: number
  totalRows: number
}

/**
 * Counts rows to check that every acknowledged heartbeat was stored exactly once and counted once in the
 * progress of the members who sent them (the sample data's seeded progress has no events behind it).
 */
export async function verifyAcknowledged(databaseUrl: string, acknowledged: string[], memberIds: number[]): Promise<StoredCheck> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const present = await client.query<{ count: string }>('select count(*) from reading_events where id = any($1::uuid[])', [acknowledged])
    const totals = await client.query<{ rows: string; distinct_ids: string }>(
      'select count(*) as rows, count(distinct id) as distinct_ids from reading_events',
    )
    const mismatches = await client.query<{ count: string }>(
      `select count(*) from (
         select user_id, sum(credited_seconds) as seconds from reading_events where user_id = any($1::int[]) group by user_id
       ) e full join (
         select user_id, sum(active_seconds) as seconds from reading_progress where user_id = any($1::int[]) group by user_id
       ) p using (user_id)
       where e.seconds is distinct from p.seconds`,
      [memberIds],
    )
    const presentCount = Number(present.rows[0]?.count ?? 0)
    const rows = Number(totals.rows[0]?.rows ?? 0)
    return {
      present: presentCount,
      lost: new Set(acknowledged).size - presentCount,
      duplicated: rows - Number(totals.rows[0]?.distinct_ids ?? 0),
      progressMismatches: Number(mismatches.rows[0]?.count ?? 0),
      totalRows: rows,
    }
  } finally {
    await client.end()
  }
}
