import type { PayloadRequest } from 'payload'
import type { Pool } from 'pg'
import { memberOrganizationIds } from '../../access/memberOrganizationIds'
import { cmsError } from '../../errors/cmsError'
import { studyDay } from '../../tracking/studyDay'
import { idOf } from '../../utilities/idOf'
import { campaignPlanOf } from '../campaignPlanOf'
import type { MemberCampaign } from './MemberCampaign'

/**
 * The published campaign `id` as the signed-in member may see it (401 when signed out, 404 when it
 * does not exist, is a draft or is hidden from them), read in full for the rules and the quiz.
 */
export async function loadMemberCampaign(req: PayloadRequest, id: unknown, now = new Date()): Promise<MemberCampaign> {
  if (!req.user) throw cmsError('campaign.loginRequired', 401)
  const campaignId = Number(id)
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) throw cmsError('campaign.notFound', 404)
  const visible = await req.payload.find({
    collection: 'campaigns',
    where: { and: [{ id: { equals: campaignId } }, { status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (visible.docs.length === 0) throw cmsError('campaign.notFound', 404)
  const campaign = await req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, req })
  const plan = campaignPlanOf(campaign)
  const memberId = req.user.id as number
  const pool = req.payload.db.pool as unknown as Pool
  const [{ rows }, lineage] = await Promise.all([
    pool.query('select 1 from campaign_enrollments where campaign_id = $1 and member_id = $2', [campaignId, memberId]),
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
    organizationId: (idOf((req.user as { organization?: unknown }).organization) as number | undefined) ?? null,
    enrolled: rows.length > 0,
    targeted: lineage.some((organization) => targets.includes(organization)),
    today,
    phase: today < plan.startsOn ? 'upcoming' : today > plan.endsOn ? 'ended' : 'running',
  }
}
