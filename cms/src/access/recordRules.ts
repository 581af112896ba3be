import type { Access, Where } from 'payload'
import { organizerReach } from './organizationReach'
import { hasRole } from './roles'

// Which records a user reaches by their role, by ownership and, for organizers, by their organization's reach.

/** Administrators every record; organizers the records whose organization is in their reach; anyone else none. */
const adminsAndOrganizersInReach: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!hasRole(req, ['organizer'])) return false
  const reach = await organizerReach(req)
  return reach.length > 0 ? { organization: { in: reach } } : false
}

/** Administrators every record; organizers their own (by `owner`) and those in their reach; anyone else their own. */
function ownOrInReach(owner: 'id' | 'member'): Access {
  return async ({ req }) => {
    if (hasRole(req, ['admin'])) return true
    if (!req.user) return false
    const own: Where = { [owner]: { equals: req.user.id } }
    if (!hasRole(req, ['organizer'])) return own
    const reach = await organizerReach(req)
    return reach.length > 0 ? { or: [own, { organization: { in: reach } }] } : own
  }
}

/** Administrators manage every campaign; organizers the campaigns owned by an organization in their reach. */
export const campaignManagers: Access = adminsAndOrganizersInReach

/** Who may change a participation record in the admin: administrators, and organizers for members in their reach. */
export const reviewParticipantRecords: Access = adminsAndOrganizersInReach

/**
 * Who reads campaign participation records (enrolments, check-ins, reflections, quiz attempts):
 * administrators all, organizers their own and those of members in their reach, members their own.
 */
export const readParticipantRecords: Access = ownOrInReach('member')

/** Administrators read every user; organizers also the members of their organization subtree; anyone else only themselves. */
export const readUsers: Access = ownOrInReach('id')

/** Administrators reach every user; anyone else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/** Administrators read every notice; anyone else the notices sent to them and those they sent. */
export const readNotices: Access = ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  const mine: Where[] = [{ member: { equals: req.user.id } }, { sentBy: { equals: req.user.id } }]
  return { or: mine }
}
