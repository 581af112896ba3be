import type { CollectionBeforeChangeHook } from 'payload'
import { organizerReach } from '../../../access/organizationReach'
import { hasRole } from '../../../access/roles'
import { cmsError } from '../../../errors/cmsError'
import { idOf } from '../../../utilities/idOf'

const idsOf = (values: unknown): unknown[] => (Array.isArray(values) ? values.map(idOf) : [])

/**
 * Every campaign has an owning organization; an organizer's campaign is owned by, and aimed at,
 * organizations within their reach only. Targets it already had stay allowed on update, so an
 * organizer can edit a campaign an administrator aimed wider without having to narrow it.
 */
export const checkCampaignScope: CollectionBeforeChangeHook = async ({ data, req, originalDoc, operation }) => {
  if (idOf(data.organization) === undefined) throw cmsError('campaign.organizationRequired', 400)
  if (!hasRole(req, ['organizer'])) return data
  const reach = new Set<unknown>(await organizerReach(req))
  if (!reach.has(idOf(data.organization))) throw cmsError('campaign.ownerOutsideReach', 403)
  const kept = new Set(operation === 'update' ? idsOf(originalDoc?.targetOrganizations) : [])
  if (idsOf(data.targetOrganizations).some((target) => !reach.has(target) && !kept.has(target))) {
    throw cmsError('campaign.targetOutsideReach', 403)
  }
  return data
}
