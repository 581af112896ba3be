import type { Payload, PayloadRequest } from 'payload'
import { type DocumentId as Id, idOf } from '../utilities/idOf'

// The organizations around a user: upwards, whose restricted content reaches them; downwards, whom an organizer reaches.

/** An organization and all its ancestors (content restricted to any of them reaches its members); empty when it does not exist. */
export async function organizationLineage(payload: Payload, organization: unknown, req?: PayloadRequest): Promise<Id[]> {
  const id = idOf(organization)
  if (id === undefined) return []
  const found = await payload.findByID({ collection: 'organizations', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return found ? [found.id, ...(found.ancestors ?? []).map((ancestor) => idOf(ancestor) as Id)] : []
}

/** The signed-in user's organization and all its ancestors (content for any of them reaches the user). */
export async function memberOrganizationIds(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context.memberOrganizationIds as Id[] | undefined
  if (cached) return cached
  const ids = await organizationLineage(req.payload, (req.user as { organization?: unknown } | null)?.organization, req)
  req.context.memberOrganizationIds = ids
  return ids
}

/** The signed-in user's organization and every organization below it: an organizer's reach. */
export async function organizerReach(req: PayloadRequest): Promise<Id[]> {
  const own = idOf((req.user as { organization?: unknown } | null)?.organization)
  if (own === undefined) return []
  const below = await req.payload.find({
    collection: 'organizations',
    where: { ancestors: { in: [own] } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return [own, ...below.docs.map((organization) => organization.id)]
}
