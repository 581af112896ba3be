import type { CollectionBeforeValidateHook } from 'payload'

/** A new campaign belongs to whoever creates it and, unless chosen, to their organization. */
export const assignCampaignOwner: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user) return data
  const user = req.user as { id: number; organization?: unknown }
  return { ...data, organizer: data.organizer ?? user.id, organization: data.organization ?? user.organization }
}
