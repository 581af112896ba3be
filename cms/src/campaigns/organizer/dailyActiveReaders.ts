import type { Pool } from 'pg'
import { withWorkMemory } from '../../tracking/withWorkMemory'

/** How many enrolled members in `scope` (null: all) studied anything on each study day from `firstDay` to `lastDay` (study_daily). */
export async function dailyActiveReaders(
  pool: Pool,
  campaignId: number,
  scope: number[] | null,
  firstDay: string,
  lastDay: string,
): Promise<Map<string, number>> {
  const { rows } = await withWorkMemory(pool, (client) =>
    client.query<{ day: string; readers: number }>(
      // (day, member) pairs first, then counted per day: two hash aggregates instead of count(distinct)'s sorts.
      `select to_char(day, 'YYYY-MM-DD') as day, count(*)::int as readers from (
       select d.day, d.user_id
       from campaign_enrollments e join study_daily d on d.user_id = e.member_id
       where e.campaign_id = $1 and ($2::int[] is null or e.organization_id = any($2::int[]))
         and d.day between $3::date and $4::date and d.seconds > 0
       group by d.day, d.user_id
     ) active group by day`,
      [campaignId, scope, firstDay, lastDay],
    ),
  )
  return new Map(rows.map((row) => [row.day, row.readers]))
}
