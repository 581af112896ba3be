import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { syncMediaUse } from '../../../media/syncMediaUse'

/** After any write of an item (REST, GraphQL, admin, Local API, importer), its media files follow its readers. */
export const trackMediaUseAfterChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  await syncMediaUse(req, collection.slug, doc.id)
  return doc
}

/** A deleted item no longer makes its media files readable. */
export const trackMediaUseAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await syncMediaUse(req, collection.slug, doc.id, true)
  return doc
}
