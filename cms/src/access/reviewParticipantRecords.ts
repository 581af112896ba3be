import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { organizerReach } from './organizerReach'

/** Who may change a participation record in the admin: administrators, and organizers for members in their reach. */
export const reviewParticipantRecords: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!hasRole(req, ['organizer'])) return false
  const reach = await organizerReach(req)
  return reach.length > 0 ? { organization: { in: reach } } : false
}
