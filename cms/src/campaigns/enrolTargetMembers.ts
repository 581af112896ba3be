import { sql } from '@payloadcms/db-postgres'
import { campaignReachSql } from '../database/payloadTables'
import type { Database } from '../database/requestDatabase'

/**
 * Enrols every member of the campaign's target organizations and their subtrees who is not enrolled
 * yet (automatic enrolment); returns how many were added. Safe to run again at any time.
 */
export async function enrolTargetMembers(db: Database, campaignId: number): Promise<number> {
  const result = await db.execute(sql`
    with campaign as (select ${campaignId}::int as id), ${sql.raw(campaignReachSql('(select id from campaign)'))}
    insert into campaign_enrollments (campaign_id, member_id, organization_id, via, updated_at, created_at)
    select ${campaignId}, u.id, u.organization_id, 'automatic', now(), now()
    from users u join reach on reach.id = u.organization_id
    where u.role in ('member', 'organizer')
    on conflict (campaign_id, member_id) do nothing`)
  return result.rowCount ?? 0
}
