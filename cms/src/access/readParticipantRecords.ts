import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { organizerReach } from './organizerReach'

/**
 * Who reads campaign participation records (enrolments, check-ins, reflections, quiz attempts):
 * administrators all, organizers their own and those of members in their reach, members their own.
 */
export const readParticipantRecords: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  const own = { member: { equals: req.user.id } }
  if (!hasRole(req, ['organizer'])) return own
  const reach = await organizerReach(req)
  return reach.length > 0 ? { or: [own, { organization: { in: reach } }] } : own
}
