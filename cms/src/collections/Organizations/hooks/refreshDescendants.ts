import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../utilities/idOf'

const sameIds = (a: unknown[] = [], b: unknown[] = []) => a.length === b.length && a.every((value, index) => idOf(value) === idOf(b[index]))

/**
 * When an organization moves in the tree, its children's stored ancestors are re-derived; each child
 * that changes passes it on, so the whole subtree follows.
 */
export const refreshDescendants: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || sameIds(doc.ancestors, previousDoc?.ancestors)) return doc
  const { docs: children } = await req.payload.find({
    collection: 'organizations',
    where: { parent: { equals: doc.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const child of children) {
    await req.payload.update({ collection: 'organizations', id: child.id, data: { parent: doc.id }, overrideAccess: true, req })
  }
  return doc
}
