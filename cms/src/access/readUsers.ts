import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { organizerReach } from './organizerReach'

/** Administrators read every user; organizers also the members of their organization subtree; anyone else only themselves. */
export const readUsers: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  const self = { id: { equals: req.user.id } }
  if (!hasRole(req, ['organizer'])) return self
  const reach = await organizerReach(req)
  return reach.length > 0 ? { or: [self, { organization: { in: reach } }] } : self
}
