import type { CollectionBeforeChangeHook } from 'payload'
import { cmsError } from '../../../errors/cmsError'
import { idOf } from '../../../utilities/idOf'

/** Keeps each organization's ancestor ids, so "is X inside Y's subtree" is one indexed lookup. */
export const storeAncestors: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parentId = idOf(data.parent)
  if (parentId === undefined) return { ...data, ancestors: [] }
  const parent = await req.payload.findByID({ collection: 'organizations', id: parentId, depth: 0, req, overrideAccess: true })
  const ancestors = [parent.id, ...((parent.ancestors ?? []) as unknown[]).map(idOf)]
  if (originalDoc?.id !== undefined && ancestors.includes(originalDoc.id)) {
    throw cmsError('organization.cycle', 400)
  }
  return { ...data, ancestors }
}
