import type { CollectionBeforeChangeHook } from 'payload'
import { cmsError } from '../../../errors/cmsError'

type Id = number | string
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null ? (value as { id: Id }).id : (value as Id | undefined)

/** Keeps each organization's ancestor ids, so "is X inside Y's subtree" is one indexed lookup. */
export const storeAncestors: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parentId = idOf(data.parent)
  if (parentId === undefined || parentId === null) return { ...data, ancestors: [] }
  const parent = await req.payload.findByID({ collection: 'organizations', id: parentId, depth: 0, req, overrideAccess: true })
  const ancestors = [parent.id, ...((parent.ancestors ?? []) as unknown[]).map(idOf)]
  if (originalDoc?.id !== undefined && ancestors.includes(originalDoc.id)) {
    throw cmsError('organization.cycle', 400)
  }
  return { ...data, ancestors }
}
