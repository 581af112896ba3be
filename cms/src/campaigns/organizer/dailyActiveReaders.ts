import type { Pool } from '../../database/databaseOf'

/**
 * How many enrolled members in `scope` (null: all) studied anything on each study day from `firstDay`
 * to `lastDay`, from the per-day counts the database keeps (campaign_daily_readers: see the migration
 * 20261130_071500_campaign_summaries).
 */
export async function dailyActiveReaders(
  pool: Pool,
  campaignId: number,
  scope: number[] | null,
  firstDay: string,
  lastDay: string,
): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ day: string; readers: number }>(
    `select to_char(day, 'YYYY-MM-DD') as day, sum(readers)::int as readers from campaign_daily_readers
     where campaign_id = $1 and ($2::int[] is null or organization_id = any($2::int[])) and day between $3::date and $4::date
     group by day`,
    [campaignId, scope, firstDay, lastDay],
  )
  return new Map(rows.filter((row) => row.readers > 0).map((row) => [row.day, row.readers]))
}
