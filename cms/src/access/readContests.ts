import type { Access, Where } from 'payload'
import type { DocumentId as Id } from '../utilities/idOf'
import { memberOrganizationIds, organizerReach } from './organizationReach'
import { hasRole } from './roles'

/**
 * Members read the published contests run by their organization or one above it (a contest is for the
 * owner's whole subtree); organizers also every contest, draft or not, owned within their reach;
 * administrators everything. Anonymous visitors read none.
 */
export const readContests: Access = async ({ req }) => {
  if (hasRole(req, ['admin'])) return true
  if (!req.user) return false
  const visible: Where[] = []
  const lineage = await memberOrganizationIds(req)
  if (lineage.length > 0) visible.push({ and: [{ status: { equals: 'published' } }, { organization: { in: lineage } }] })
  if (hasRole(req, ['organizer'])) {
    const reach = await organizerReach(req)
    if (reach.length > 0) visible.push({ organization: { in: reach } })
  }
  return visible.length > 0 ? { or: visible } : false
}

/**
 * `readContests`' members' clause for one published contest in memory: it is run by the reader's
 * organization or one above it (`lineage`, as `memberOrganizationIds` gives it). Where this holds,
 * `readContests` lets the reader read the contest; where it does not, only Payload's access can say.
 */
export function lineageReadsContest(contest: { organizationId: number | null }, lineage: readonly Id[]): boolean {
  return contest.organizationId !== null && lineage.some((id) => String(id) === String(contest.organizationId))
}
