import type { PayloadRequest } from 'payload'
import { type DocumentId as Id, idOf } from '../utilities/idOf'

/** The signed-in user's organization and all its ancestors (content for any of them reaches the user). */
export async function memberOrganizationIds(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context.memberOrganizationIds as Id[] | undefined
  if (cached) return cached
  const id = idOf((req.user as { organization?: unknown } | null)?.organization)
  let ids: Id[] = []
  if (id !== undefined) {
    const found = await req.payload.findByID({ collection: 'organizations', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (found) ids = [found.id, ...(found.ancestors ?? []).map((ancestor) => idOf(ancestor) as Id)]
  }
  req.context.memberOrganizationIds = ids
  return ids
}
