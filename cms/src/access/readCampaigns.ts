import type { Access, Where } from 'payload'
import { memberOrganizationIds, organizerReach } from './organizationReach'
import { hasRole } from './roles'

const published: Where = { status: { equals: 'published' } }

/**
 * Anonymous visitors read published campaigns marked public (their description, period and list);
 * members also the published campaigns aimed at their organization or one above it; organizers
 * also every campaign, draft or not, owned within their reach; administrators everything.
 */
export const readCampaigns: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  const open: Where = { and: [published, { isPublic: { equals: true } }] }
  if (!req.user) return open
  const lineage = await memberOrganizationIds(req)
  const visible: Where[] = [open]
  if (lineage.length > 0) visible.push({ and: [published, { targetOrganizations: { in: lineage } }] })
  if (hasRole(req, ['organizer'])) {
    const reach = await organizerReach(req)
    if (reach.length > 0) visible.push({ organization: { in: reach } })
  }
  return { or: visible }
}
