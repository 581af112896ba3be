import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { Pool } from '../database/databaseOf'
import { withWorkMemory } from '../database/withTransaction'
import type { CampaignPlan } from './CampaignPlan'
import type { StandingsFilter } from './campaignStandings'

// Per enrolled member (optionally only some members, or only those enrolled from some organizations): items met from reading_progress against the plan's
// items ($2–$5), check-in days, the reflection, the best quiz attempt; completed when every
// requirement holds, at the moment the last one was met (the Nth check-in for N required days).
const statement = `
with items as (
  select * from unnest($2::varchar[], $3::int[], $4::bool[], $5::int[]) with ordinality as i(collection, item_id, required, min_seconds, position)
), members as (
  select e.member_id, e.organization_id, e.created_at from campaign_enrollments e
  where e.campaign_id = $1 and ($6::int[] is null or e.member_id = any($6::int[]))
    and ($14::int[] is null or e.organization_id = any($14::int[]))
), progress as (
  select p.user_id, count(*) as touched,
    count(*) filter (where met) as items_met,
    array_agg((i.position - 1)::int) filter (where met) as met_items,
    count(*) filter (where met and i.required) as required_met,
    max(greatest(p.completed_at, case when i.min_seconds is not null then p.last_event_at end)) filter (where met and i.required) as required_at
  from members m
  join reading_progress p on p.user_id = m.member_id
  join items i on i.collection = p.collection and i.item_id = p.item_id
  cross join lateral (select p.completed_at is not null and p.active_seconds >= coalesce(i.min_seconds, 0) as met) x
  group by p.user_id
), check_ins as (
  select c.member_id, count(*) as days, (array_agg(c.created_at order by c.day))[greatest($7::int, 1)] as nth_at
  from campaign_check_ins c join members m using (member_id)
  where c.campaign_id = $1
  group by c.member_id
), quiz as (
  select q.member_id, count(*) filter (where q.submitted_at is not null) as attempts, max(q.score) as best,
    bool_or(q.passed) as passed, min(q.submitted_at) filter (where q.passed) as passed_at
  from quiz_attempts q join members m using (member_id)
  where q.campaign_id = $1
  group by q.member_id
), standing as (
  select m.member_id, m.organization_id, m.created_at as enrolled_at, u.name,
    coalesce(p.items_met, 0) as items_met, coalesce(p.met_items, '{}') as met_items, coalesce(p.required_met, 0) as required_met, p.required_at,
    coalesce(c.days, 0) as check_in_days, c.nth_at,
    coalesce(r.status::text, 'none') as reflection, r.submitted_at as reflection_at,
    q.best, coalesce(q.passed, false) as quiz_passed, coalesce(q.attempts, 0) as attempts, q.passed_at,
    (p.touched is not null or c.days is not null or r.id is not null or q.member_id is not null) as started
  from members m
  join users u on u.id = m.member_id
  left join progress p on p.user_id = m.member_id
  left join check_ins c on c.member_id = m.member_id
  left join campaign_reflections r on r.campaign_id = $1 and r.member_id = m.member_id
  left join quiz q on q.member_id = m.member_id
)
select member_id as "memberId", name, organization_id as "organizationId", enrolled_at as "enrolledAt",
  items_met::int as "itemsMet", met_items as "metItems", required_met::int as "requiredItemsMet", check_in_days::int as "checkInDays",
  reflection, best::int as "quizBestScore", quiz_passed as "quizPassed", attempts::int as "quizAttempts", started,
  case when required_met = (select count(*) from items where required)
        and check_in_days >= $7 and (not $8 or reflection = 'submitted') and (not $9 or quiz_passed)
    then coalesce(greatest(required_at, case when $7 > 0 then nth_at end, case when $8 then reflection_at end,
      case when $9 then passed_at end), enrolled_at)
  end as "completedAt",
  (items_met * $10 + check_in_days * $11 + case when reflection = 'submitted' then $12 else 0 end
    + case when quiz_passed then $13 else 0 end)::int as points
from standing
order by member_id`

/**
 * Computes every enrolled member's standing in a campaign, or only the filtered members', from the
 * study records. One query, so the member's checklist, the leaderboard, the dashboard and the export
 * all count the same way (whole campaigns read them through storedCampaignStandings).
 */
export async function computeCampaignStandings(pool: Pool, plan: CampaignPlan, filter: StandingsFilter = {}): Promise<CampaignStanding[]> {
  const values = [
    plan.id,
    plan.items.map((item) => item.collection),
    plan.items.map((item) => item.itemId),
    plan.items.map((item) => item.required),
    plan.items.map((item) => item.minSeconds),
    filter.memberIds ?? null,
    plan.checkInDays,
    plan.reflectionRequired,
    plan.quiz.enabled,
    plan.points.perItem,
    plan.points.perCheckIn,
    plan.points.reflection,
    plan.points.quizPassed,
    filter.organizationIds ?? null,
  ]
  type Row = CampaignStanding & { enrolledAt: Date; completedAt: Date | null }
  // Up to a hundred members is a small read; more (a whole campaign, or the many stale members after a plan
  // change) aggregates ~10 progress rows per member: give it the sort/hash memory to stay off disk.
  const { rows } =
    filter.memberIds && filter.memberIds.length <= 100
      ? await pool.query<Row>(statement, values)
      : await withWorkMemory(pool, (client) => client.query<Row>(statement, values))
  return rows.map((row) => ({
    ...row,
    // Unordered aggregate (a hash aggregate instead of a sort): put the positions in order here.
    metItems: row.metItems.sort((a, b) => a - b),
    enrolledAt: row.enrolledAt.toISOString(),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
  }))
}
