import type { Payload, PayloadRequest } from 'payload'
import { documentFromContent } from './documentFromContent'
import { loadPublishedDocuments } from './loadPublishedDocuments'
import { loadTopicLabels } from './loadTopicLabels'
import type { SearchType } from './SearchDocument'
import { SearchIndex } from './SearchIndex'

interface SearchState {
  loading?: Promise<SearchIndex>
}

// One index per process, also when Next.js bundles this module into several route chunks.
const stateKey = Symbol.for('xuexi-yuandi.search')
function state(): SearchState {
  const holder = globalThis as { [stateKey]?: SearchState }
  holder[stateKey] ??= {}
  return holder[stateKey]
}

/** The process's search index, loaded from the database on first use. */
export function searchIndexFor(payload: Payload): Promise<SearchIndex> {
  const current = state()
  current.loading ??= loadPublishedDocuments(payload)
    .then((documents) => new SearchIndex(documents))
    .catch((error: unknown) => {
      current.loading = undefined
      throw error
    })
  return current.loading
}

/**
 * Re-reads one item and puts its published version in the index, or takes it out when it is no
 * longer published or no longer exists. Does nothing in a process that never searched (scripts).
 * Pass `req` to read inside the caller's transaction.
 */
export async function refreshSearchItem(payload: Payload, type: SearchType, id: number | string, req?: PayloadRequest): Promise<void> {
  if (!state().loading) return
  const index = await searchIndexFor(payload)
  const doc = await payload.findByID({ collection: type, id, depth: 0, overrideAccess: true, draft: false, disableErrors: true, req })
  if (doc && doc._status === 'published') index.upsert(documentFromContent(type, doc as never, await loadTopicLabels(payload)))
  else index.remove({ type, id })
}
