import type { Access, Where } from 'payload'
import { memberOrganizationIds } from './organizationReach'
import { hasRole, staffRoles } from './roles'

/**
 * Media files follow the items that use them (`mediaReaders`): anonymous visitors read files of
 * public items; signed-in users also those of members-only items and of items restricted to their
 * organization subtree, and the files they uploaded themselves; staff read everything. Payload
 * applies the same constraint to the file URLs (`/api/media/file/…`, resized versions included).
 */
export const canReadMedia: Access = async ({ req }) => {
  if (hasRole(req, staffRoles)) return true
  const open: Where = { readers: { equals: 'public' } }
  if (!req.user) return open
  const organizations = await memberOrganizationIds(req)
  const visible: Where[] = [{ readers: { in: ['public', 'members'] } }, { uploadedBy: { equals: req.user.id } }]
  if (organizations.length > 0) {
    visible.push({ and: [{ readers: { equals: 'organizations' } }, { readerOrganizations: { in: organizations } }] })
  }
  return { or: visible }
}
