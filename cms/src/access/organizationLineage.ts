import type { Payload, PayloadRequest } from 'payload'
import { type DocumentId as Id, idOf } from '../utilities/idOf'

/** An organization and all its ancestors (content restricted to any of them reaches its members); empty when it does not exist. */
export async function organizationLineage(payload: Payload, organization: unknown, req?: PayloadRequest): Promise<Id[]> {
  const id = idOf(organization)
  if (id === undefined) return []
  const found = await payload.findByID({ collection: 'organizations', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return found ? [found.id, ...(found.ancestors ?? []).map((ancestor) => idOf(ancestor) as Id)] : []
}
