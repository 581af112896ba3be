import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Administrators reach every user; anyone else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
