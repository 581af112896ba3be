import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { organizerReach } from '../../../access/organizerReach'
import { cmsError } from '../../../errors/cmsError'
import { idOf } from '../../../utilities/idOf'

/** Every campaign has an owning organization; an organizer's campaign is owned by, and aimed at, organizations within their reach only. */
export const checkCampaignScope: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (idOf(data.organization) === undefined) throw cmsError('campaign.organizationRequired', 400)
  if (!hasRole(req, ['organizer'])) return data
  const reach = new Set(await organizerReach(req))
  const owner = idOf(data.organization)
  if (owner === undefined || !reach.has(owner)) throw cmsError('campaign.ownerOutsideReach', 403)
  const targets = (data.targetOrganizations ?? []) as unknown[]
  if (targets.some((target) => !reach.has(idOf(target) as number))) throw cmsError('campaign.targetOutsideReach', 403)
  return data
}
