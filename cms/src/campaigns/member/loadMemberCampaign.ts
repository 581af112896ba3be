import { studyDay } from '@xuexi/contract/chinaTime'
import type { PayloadRequest } from 'payload'
import { loadVisiblePublished } from '../../access/loadVisiblePublished'
import { memberOrganizationIds } from '../../access/organizationReach'
import { databaseOf } from '../../database/databaseOf'
import { idOf } from '../../utilities/idOf'
import { campaignPlanOf } from '../campaignPlanOf'
import type { MemberCampaign } from './MemberCampaign'

/**
 * The published campaign `id` as the signed-in member may see it (401 when signed out, 404 when it
 * does not exist, is a draft or is hidden from them), read in full for the rules and the quiz.
 */
export async function loadMemberCampaign(req: PayloadRequest, id: unknown, now = new Date()): Promise<MemberCampaign> {
  const campaign = await loadVisiblePublished(req, {
    collection: 'campaigns',
    id,
    loginRequired: 'campaign.loginRequired',
    notFound: 'campaign.notFound',
  })
  const plan = campaignPlanOf(campaign)
  const user = req.user as NonNullable<PayloadRequest['user']>
  const memberId = user.id as number
  const pool = databaseOf(req.payload)
  const [{ rows }, lineage] = await Promise.all([
    pool.query('select 1 from campaign_enrollments where campaign_id = $1 and member_id = $2', [campaign.id, memberId]),
    memberOrganizationIds(req),
  ])
  const targets = (campaign.targetOrganizations ?? []).map(idOf)
  const today = studyDay(now)
  return {
    pool,
    payload: req.payload,
    campaign,
    plan,
    memberId,
    organizationId: (idOf((user as { organization?: unknown }).organization) as number | undefined) ?? null,
    enrolled: rows.length > 0,
    targeted: lineage.some((organization) => targets.includes(organization)),
    today,
    phase: today < plan.startsOn ? 'upcoming' : today > plan.endsOn ? 'ended' : 'running',
  }
}
