import type { Access, Where } from 'payload'
import { memberOrganizationIds } from './organizationReach'
import { hasRole, staffRoles } from './roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * Staff read everything. Everyone else reads published items only: anonymous visitors the public
 * ones, signed-in users also members-only items and items restricted to their organization subtree.
 */
export const canReadContent: Access = async ({ req }) => {
  if (hasRole(req, staffRoles)) return true
  if (!req.user) return { and: [published, { visibility: { equals: 'public' } }] }
  const organizations = await memberOrganizationIds(req)
  const visible: Where[] = [{ visibility: { in: ['public', 'members'] } }]
  if (organizations.length > 0) {
    visible.push({ and: [{ visibility: { equals: 'organizations' } }, { organizations: { in: organizations } }] })
  }
  return { and: [published, { or: visible }] }
}
