import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { Pool } from '../database/databaseOf'
import type { CampaignPlan } from './CampaignPlan'
import { computeCampaignStandings } from './computeCampaignStandings'

// What a stored standing depends on besides the member's records. Bump the version when the shape of
// CampaignStanding or the way it is computed changes: every stored standing is then recomputed.
const standingsVersion = 1

type StoredStanding = Omit<CampaignStanding, 'name' | 'organizationId'>

/**
 * The standings of everyone enrolled in a campaign (or only from these organizations), from the stored
 * standings (table campaign_standings, kept stale-marked by triggers: see the migration
 * 20261130_071500_campaign_summaries). Members whose records changed since their standing was stored,
 * and everyone after the plan changed, are recomputed (computeCampaignStandings) and stored first.
 */
export async function storedCampaignStandings(pool: Pool, plan: CampaignPlan, scope: number[] | null): Promise<CampaignStanding[]> {
  await markStaleOnNewPlan(pool, plan)
  const { rows: stale } = await pool.query<{ member_id: number; changes: string }>(
    `select s.member_id, s.changes from campaign_standings s
     join campaign_enrollments e on e.campaign_id = s.campaign_id and e.member_id = s.member_id
     where s.campaign_id = $1 and s.changes <> s.computed_changes and ($2::int[] is null or e.organization_id = any($2::int[]))`,
    [plan.id, scope],
  )
  const fresh = new Map<number, CampaignStanding>()
  if (stale.length > 0) {
    const computed = await computeCampaignStandings(pool, plan, { memberIds: stale.map((row) => row.member_id) })
    for (const standing of computed) fresh.set(standing.memberId, standing)
    // Stored only if no change arrived meanwhile (`changes` unchanged): otherwise the row stays stale.
    await pool.query(
      `update campaign_standings s set standing = v.standing, computed_changes = v.changes
       from unnest($2::int[], $3::bigint[], $4::jsonb[]) as v(member_id, changes, standing)
       where s.campaign_id = $1 and s.member_id = v.member_id and s.changes = v.changes`,
      [
        plan.id,
        stale.map((row) => row.member_id),
        stale.map((row) => row.changes),
        stale.map((row) => {
          const standing = fresh.get(row.member_id)
          return standing ? JSON.stringify(storedForm(standing)) : null
        }),
      ],
    )
  }
  const { rows } = await pool.query<{ standing: StoredStanding | null; member_id: number; name: string; organization_id: number | null }>(
    `select s.standing, s.member_id, u.name, e.organization_id from campaign_standings s
     join campaign_enrollments e on e.campaign_id = s.campaign_id and e.member_id = s.member_id
     join users u on u.id = s.member_id
     where s.campaign_id = $1 and ($2::int[] is null or e.organization_id = any($2::int[]))
     order by s.member_id`,
    [plan.id, scope],
  )
  const standings: CampaignStanding[] = []
  for (const row of rows) {
    const standing = fresh.get(row.member_id) ?? (row.standing && { ...row.standing, name: row.name, organizationId: row.organization_id })
    if (standing) standings.push(standing)
  }
  return standings
}

/** What stored standings were computed for besides the members' records: a new key makes them all stale. */
export function standingsPlanKey(plan: CampaignPlan): string {
  return JSON.stringify([standingsVersion, plan.items, plan.checkInDays, plan.reflectionRequired, plan.quiz.enabled, plan.points])
}

/**
 * Marks every stored standing of the campaign stale when its plan is not the one they were computed for.
 * Only the transaction that really changes the stored key marks them: readers that raced to the first
 * read of a new plan mark them once, not once each (each marking drops every member's campaign page).
 */
async function markStaleOnNewPlan(pool: Pool, plan: CampaignPlan): Promise<void> {
  const planKey = standingsPlanKey(plan)
  const { rows } = await pool.query<{ plan_key: string }>('select plan_key from campaign_standings_basis where campaign_id = $1', [plan.id])
  if (rows[0]?.plan_key === planKey) return
  await pool.query(
    `with basis as (
       insert into campaign_standings_basis as b (campaign_id, plan_key) values ($1, $2)
       on conflict (campaign_id) do update set plan_key = excluded.plan_key where b.plan_key is distinct from excluded.plan_key
       returning 1
     )
     update campaign_standings set changes = changes + 1 where campaign_id = $1 and exists (select 1 from basis)`,
    [plan.id, planKey],
  )
}

function storedForm({ name: _name, organizationId: _organizationId, ...stored }: CampaignStanding): StoredStanding {
  return stored
}
