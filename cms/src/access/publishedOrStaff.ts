import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { staffRoles } from './roles'

/** Staff read everything; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req, staffRoles)) return true
  return { _status: { equals: 'published' } }
}
