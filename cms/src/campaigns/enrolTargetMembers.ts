import { sql } from '@payloadcms/db-postgres'
import type { Database } from '../utilities/requestDatabase'

/**
 * Enrols every member of the campaign's target organizations and their subtrees who is not enrolled
 * yet (automatic enrolment); returns how many were added. Safe to run again at any time.
 */
export async function enrolTargetMembers(db: Database, campaignId: number): Promise<number> {
  const result = await db.execute(sql`
    with targets as (
      select organizations_id as id from campaigns_rels where parent_id = ${campaignId} and path = 'targetOrganizations'
    ), reach as (
      select id from targets
      union select r.parent_id from organizations_rels r join targets t on r.path = 'ancestors' and r.organizations_id = t.id
    )
    insert into campaign_enrollments (campaign_id, member_id, organization_id, via, updated_at, created_at)
    select ${campaignId}, u.id, u.organization_id, 'automatic', now(), now()
    from users u join reach on reach.id = u.organization_id
    where u.role in ('member', 'organizer')
    on conflict (campaign_id, member_id) do nothing`)
  return result.rowCount ?? 0
}
