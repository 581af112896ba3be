import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { SearchType } from '../../../search/SearchDocument'
import { refreshSearchItem } from '../../../search/searchService'

// The hook runs inside the write's transaction: read once there (search sees the change at once),
// and once more after it has committed (or rolled back), from outside.
const settleDelayMs = 1500

async function refresh(req: PayloadRequest, type: SearchType, id: number | string): Promise<void> {
  try {
    await refreshSearchItem(req.payload, type, id, req)
  } catch (error) {
    req.payload.logger.warn(`search index refresh of ${type}:${id} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  setTimeout(() => {
    refreshSearchItem(req.payload, type, id).catch((error: unknown) =>
      req.payload.logger.error({ err: error }, `search index refresh of ${type}:${id} failed`),
    )
  }, settleDelayMs).unref()
}

/** Keeps the search index in step with publish, edit and unpublish. */
export const refreshSearchAfterChange: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  await refresh(req, collection.slug as SearchType, doc.id)
  return doc
}

/** Takes a deleted item out of the search index. */
export const refreshSearchAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await refresh(req, collection.slug as SearchType, doc.id)
  return doc
}
