import type { PoolClient } from '../../database/databaseOf'

/**
 * Daily study time for seeded campaign members, so 我的学习's history and the dashboard's daily readers
 * agree with the seeded check-ins and reading: some reading on each day a member checked in, and the
 * seconds of each item on the day they last read it.
 */
export async function insertSampleStudyDays(client: PoolClient, memberIds: number[], campaignId: number): Promise<void> {
  await client.query(
    `insert into study_daily (user_id, day, kind, seconds, points)
     select days.member_id, days.day, 'reading', sum(days.seconds), 0
     from (
       select c.member_id, c.day::date as day, 300 + abs(hashtext(c.member_id || ':' || c.day)) % 900 as seconds
       from campaign_check_ins c where c.campaign_id = $2 and c.member_id = any($1::int[])
       union all
       select r.user_id, (r.last_event_at at time zone 'Asia/Shanghai')::date, r.active_seconds
       from reading_progress r where r.user_id = any($1::int[])
     ) days
     group by days.member_id, days.day
     on conflict do nothing`,
    [memberIds, campaignId],
  )
}
