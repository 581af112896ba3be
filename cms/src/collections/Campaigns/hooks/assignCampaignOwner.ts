import type { CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../utilities/idOf'

/**
 * A new campaign belongs to whoever creates it and, unless chosen, to their organization. Ids only:
 * over REST the user's organization may arrive populated, and a relationship stores an id.
 */
export const assignCampaignOwner: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user) return data
  const user = req.user as { id: number; organization?: unknown }
  return { ...data, organizer: idOf(data.organizer) ?? user.id, organization: idOf(data.organization) ?? idOf(user.organization) }
}
