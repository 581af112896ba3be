import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { organizerReach } from './organizerReach'

/** Administrators manage every campaign; organizers the campaigns owned by an organization in their reach. */
export const campaignManagers: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!hasRole(req, ['organizer'])) return false
  const reach = await organizerReach(req)
  return reach.length > 0 ? { organization: { in: reach } } : false
}
