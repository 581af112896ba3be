import type { PayloadRequest } from 'payload'
import { organizationLineage, organizerReach } from '../../access/organizationReach'
import { hasRole } from '../../access/roles'
import { databaseOf } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'
import { idOf } from '../../utilities/idOf'
import { campaignPlanOf } from '../campaignPlanOf'
import type { OrganizedCampaign } from './OrganizedCampaign'
import { readableItemTitles } from './readableItemTitles'

/**
 * Campaign `id` for its dashboard, reminders and export: administrators see every member; an organizer
 * sees the members in their reach, for a campaign run within their reach or targeting their part of the
 * tree (401 signed out, 403 other roles, 404 unknown or outside their reach).
 */
export async function loadOrganizedCampaign(req: PayloadRequest, id: unknown): Promise<OrganizedCampaign> {
  if (!req.user) throw cmsError('campaign.loginRequired', 401)
  const admin = hasRole(req, ['admin'])
  if (!admin && !hasRole(req, ['organizer'])) throw cmsError('campaign.organizersOnly', 403)
  const campaignId = Number(id)
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) throw cmsError('campaign.notFound', 404)
  const campaign = await req.payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!campaign) throw cmsError('campaign.notFound', 404)
  const scope = admin ? null : ((await organizerReach(req)) as number[])
  if (scope) {
    const targets = (campaign.targetOrganizations ?? []).map((target) => idOf(target) as number)
    const lineage = await organizationLineage(req.payload, (req.user as { organization?: unknown }).organization, req)
    const reachable =
      scope.includes(idOf(campaign.organization) as number) || targets.some((target) => scope.includes(target) || lineage.includes(target))
    if (!reachable) throw cmsError('campaign.notFound', 404)
  }
  const plan = campaignPlanOf(campaign)
  const itemTitles = await readableItemTitles(req, plan.items)
  return { pool: databaseOf(req.payload), campaign, plan, itemTitles, userId: req.user.id as number, scope }
}
