import { cmsError } from '../../errors/cmsError'
import type { MemberCampaign } from './MemberCampaign'

/**
 * Enrols the member through the campaign's link (or QR code). Only members of a target organization
 * (or one below it) may join, and not after the campaign ended; joining twice changes nothing.
 */
export async function joinCampaign(context: MemberCampaign): Promise<{ enrolled: true; joined: boolean }> {
  if (context.enrolled) return { enrolled: true, joined: false }
  if (!context.targeted) throw cmsError('campaign.notTargeted', 403)
  if (context.phase === 'ended') throw cmsError('campaign.ended', 409, { endsOn: context.plan.endsOn })
  const { rowCount } = await context.pool.query(
    `insert into campaign_enrollments (campaign_id, member_id, organization_id, via, updated_at, created_at)
     values ($1, $2, $3, 'link', now(), now()) on conflict (campaign_id, member_id) do nothing`,
    [context.plan.id, context.memberId, context.organizationId],
  )
  return { enrolled: true, joined: (rowCount ?? 0) > 0 }
}
