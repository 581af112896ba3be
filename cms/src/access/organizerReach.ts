import type { PayloadRequest } from 'payload'
import { type DocumentId as Id, idOf } from '../utilities/idOf'

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
