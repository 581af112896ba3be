import type { Pool } from '../../database/databaseOf'
import { campaignReachSql } from '../../database/payloadTables'

/**
 * How many members (and organizers) each organization within the campaign's target organizations has,
 * by organization, restricted to `scope` (null: all): the “应参加” head-count the enrolment rate divides by.
 */
export async function campaignTargetCounts(pool: Pool, campaignId: number, scope: number[] | null): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ organizationId: number; members: number }>(
    `with ${campaignReachSql('$1')}
     select u.organization_id as "organizationId", count(*)::int as members
     from users u join reach on reach.id = u.organization_id
     where u.role in ('member', 'organizer') and ($2::int[] is null or u.organization_id = any($2::int[]))
     group by u.organization_id`,
    [campaignId, scope],
  )
  return new Map(rows.map((row) => [row.organizationId, row.members]))
}
