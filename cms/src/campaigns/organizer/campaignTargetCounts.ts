import type { Pool } from 'pg'

/**
 * How many members (and organizers) each organization within the campaign's target organizations has,
 * by organization, restricted to `scope` (null: all): the “应参加” head-count the enrolment rate divides by.
 */
export async function campaignTargetCounts(pool: Pool, campaignId: number, scope: number[] | null): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ organizationId: number; members: number }>(
    `with targets as (
       select organizations_id as id from campaigns_rels where parent_id = $1 and path = 'targetOrganizations'
     ), reach as (
       select id from targets
       union select r.parent_id from organizations_rels r join targets t on r.path = 'ancestors' and r.organizations_id = t.id
     )
     select u.organization_id as "organizationId", count(*)::int as members
     from users u join reach on reach.id = u.organization_id
     where u.role in ('member', 'organizer') and ($2::int[] is null or u.organization_id = any($2::int[]))
     group by u.organization_id`,
    [campaignId, scope],
  )
  return new Map(rows.map((row) => [row.organizationId, row.members]))
}
