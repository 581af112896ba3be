import type { PayloadRequest } from 'payload'
import type { DocumentId as Id } from '../utilities/idOf'
import { organizationLineage } from './organizationLineage'

/** The signed-in user's organization and all its ancestors (content for any of them reaches the user). */
export async function memberOrganizationIds(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context.memberOrganizationIds as Id[] | undefined
  if (cached) return cached
  const ids = await organizationLineage(req.payload, (req.user as { organization?: unknown } | null)?.organization, req)
  req.context.memberOrganizationIds = ids
  return ids
}
