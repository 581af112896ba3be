import type { PoolClient } from '../../database/databaseOf'
import { sampleReflectionBodies } from './sampleCampaignPlan'

/** What the progress statements need to know about the campaign. */
export interface SampleProgressContext {
  campaignId: number
  items: Array<{ collection: string; id: number }>
  /** Midnight (China time) of the first day, and how many whole days have passed since (today not included). */
  startsAt: Date
  elapsedDays: number
  reviewerId: number
}

// $1 is always the participants' ids. Each generated participant gets a diligence d (0–99) from their login id; everything follows from it,
// so the spread is plausible (some never started, most somewhere in between, a few done) and repeatable.
type Param = 'members' | 'collections' | 'itemIds' | 'startsAt' | 'elapsedDays' | 'campaignId' | 'bodies' | 'reviewerId'

const participants = `
  select u.id, u.organization_id, u.username, abs(hashtext(u.username)) % 100 as d
  from users u where u.id = any($1::int[])`

const statements: Array<{ text: string; params: Param[] }> = [
  // Item k (1–5) is completed from d ≥ 16k, started from d ≥ 16(k-1); below d = 8 nothing at all.
  {
    text: `with p as (${participants})
   insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at, updated_at)
   select p.id, i.collection, i.item_id,
     case when x.done then 420 + (p.d * 7 + i.k::int * 31) % 600 else 60 + (p.d * 13 + i.k::int) % 200 end,
     case when x.done then 100 else 20 + (p.d + i.k::int * 17) % 60 end,
     x.at, case when x.done then x.at end, x.at
   from p cross join unnest($2::varchar[], $3::int[]) with ordinality as i(collection, item_id, k)
   cross join lateral (select p.d >= 16 * i.k as done,
     $4::timestamptz + ((p.d + 3 * i.k::int) % $5::int) * interval '1 day' + (9 + (p.d + i.k::int) % 12) * interval '1 hour' as at) x
   where p.d >= 8 and p.d >= 16 * (i.k - 1)
   on conflict do nothing`,
    params: ['members', 'collections', 'itemIds', 'startsAt', 'elapsedDays'],
  },
  // A check-in on day j when a second hash of (login id, j) falls below d.
  {
    text: `with p as (${participants})
   insert into campaign_check_ins (campaign_id, member_id, organization_id, day, created_at, updated_at)
   select $4::int, p.id, p.organization_id, to_char(($2::timestamptz + j * interval '1 day') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
     $2::timestamptz + j * interval '1 day' + (7 + (p.d + j) % 14) * interval '1 hour', now()
   from p cross join generate_series(0, $3::int - 1) as j
   where p.d >= 8 and abs(hashtext(p.username || ':' || j)) % 100 < p.d
   on conflict do nothing`,
    params: ['members', 'startsAt', 'elapsedDays', 'campaignId'],
  },
  // Reflections: submitted from d ≥ 56 (the best few already scored and featured), drafts from d ≥ 44.
  {
    text: `with p as (${participants})
   insert into campaign_reflections (campaign_id, member_id, organization_id, title, body, status, submitted_at, score, featured, comment,
     reviewed_by_id, reviewed_at, created_at, updated_at)
   select $4::int, p.id, p.organization_id, case when p.d % 3 = 0 then '读书心得' end, ($5::varchar[])[1 + p.d % 4],
     case when p.d >= 56 then 'submitted' else 'draft' end::enum_campaign_reflections_status,
     case when p.d >= 56 then x.at end, case when p.d >= 95 then 90 + p.d % 10 end, p.d >= 95,
     case when p.d >= 95 then '联系实际、体会真切，推荐全体党员阅读。' end,
     case when p.d >= 95 then $6::int end, case when p.d >= 95 then x.at + interval '1 day' end, x.at, x.at
   from p cross join lateral (select $2::timestamptz + greatest($3::int - 3 + p.d % 3, 0) * interval '1 day' + interval '21 hours' as at) x
   where p.d >= 44
   on conflict do nothing`,
    params: ['members', 'startsAt', 'elapsedDays', 'campaignId', 'bodies', 'reviewerId'],
  },
  // Quiz: a first attempt from d ≥ 40 (25 points per correct answer, 60 to pass); a second, passed, after a failed one from d ≥ 50.
  {
    text: `with p as (${participants}), attempts as (
     select p.*, 1 as number, 25 * least(4, p.d / 22) as score from p where p.d >= 40
     union all select p.*, 2, 75 from p where p.d >= 50 and 25 * least(4, p.d / 22) < 60
   )
   insert into quiz_attempts (campaign_id, member_id, organization_id, number, seed, answers, score, passed, submitted_at, created_at, updated_at)
   select $4::int, a.id, a.organization_id, a.number, a.id * 7919 + a.number, '{}'::jsonb, a.score, a.score >= 60, x.at, x.at, x.at
   from attempts a cross join lateral (select $2::timestamptz + greatest($3::int - 2, 0) * interval '1 day'
     + (10 + a.number * 2 + a.d % 8) * interval '1 hour' as at) x
   on conflict do nothing`,
    params: ['members', 'startsAt', 'elapsedDays', 'campaignId'],
  },
  // Enrolled over the first two days, not all at the moment of seeding.
  {
    text: `update campaign_enrollments set created_at = $2::timestamptz + (member_id % 40) * interval '1 hour'
   where campaign_id = $3::int and member_id = any($1::int[])`,
    params: ['members', 'startsAt', 'campaignId'],
  },
]

/** Writes the generated participants' reading progress, check-ins, reflections and quiz attempts, in SQL. */
export async function insertSampleProgress(client: PoolClient, memberIds: number[], context: SampleProgressContext): Promise<void> {
  const values: Record<Param, unknown> = {
    members: memberIds,
    collections: context.items.map((item) => item.collection),
    itemIds: context.items.map((item) => item.id),
    startsAt: context.startsAt,
    elapsedDays: context.elapsedDays,
    campaignId: context.campaignId,
    bodies: sampleReflectionBodies,
    reviewerId: context.reviewerId,
  }
  for (const statement of statements)
    await client.query(
      statement.text,
      statement.params.map((param) => values[param]),
    )
}
