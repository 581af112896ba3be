import type { PayloadRequest } from 'payload'

type Id = number | string

/** The signed-in user's organization and all its ancestors (content for any of them reaches the user). */
export async function memberOrganizationIds(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context.memberOrganizationIds as Id[] | undefined
  if (cached) return cached
  const organization = (req.user as { organization?: unknown } | null)?.organization
  const id = typeof organization === 'object' && organization !== null ? (organization as { id: Id }).id : (organization as Id | undefined)
  let ids: Id[] = []
  if (id !== undefined && id !== null) {
    const found = await req.payload.findByID({ collection: 'organizations', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (found) ids = [found.id, ...((found.ancestors ?? []) as Array<Id | { id: Id }>).map((a) => (typeof a === 'object' ? a.id : a))]
  }
  req.context.memberOrganizationIds = ids
  return ids
}
