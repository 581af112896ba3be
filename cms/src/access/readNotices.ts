import type { Access, Where } from 'payload'
import { hasRole } from './hasRole'

/** Administrators read every notice; anyone else the notices sent to them and those they sent. */
export const readNotices: Access = ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  const mine: Where[] = [{ member: { equals: req.user.id } }, { sentBy: { equals: req.user.id } }]
  return { or: mine }
}
