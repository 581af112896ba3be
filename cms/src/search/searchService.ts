import type { Payload, Where } from 'payload'
import { changedDocuments } from '../changes/ContentChange'
import { followContentChanges } from '../changes/followContentChanges'
import { documentFromContent } from './documentFromContent'
import { loadPublishedDocuments } from './loadPublishedDocuments'
import { loadTopicLabels } from './loadTopicLabels'
import { searchTypes } from './SearchDocument'
import { SearchIndex } from './SearchIndex'

interface SearchState {
  loading?: Promise<SearchIndex>
  index?: SearchIndex
  /** Items changed while the index loads, by `collection:id`: applied once it has loaded. */
  queued: Map<string, ChangedDocument>
}

type ChangedDocument = { collection: string; id: number }

// One index per process, also when Next.js bundles this module into several route chunks.
const stateKey = Symbol.for('xuexi-yuandi.search')
function state(): SearchState {
  const holder = globalThis as { [stateKey]?: SearchState }
  holder[stateKey] ??= { queued: new Map() }
  return holder[stateKey]
}

/**
 * The process's search index, loaded from the database on first use. It follows the change record
 * from before it starts loading: what changes while it loads is applied once it has loaded.
 */
export function searchIndexFor(payload: Payload): Promise<SearchIndex> {
  const current = state()
  current.loading ??= load(payload, current).catch((error: unknown) => {
    current.loading = undefined
    throw error
  })
  return current.loading
}

async function load(payload: Payload, current: SearchState): Promise<SearchIndex> {
  await followContentChanges(payload, 'search index', (changes) => applyChanges(payload, current, changedDocuments(changes)))
  const index = new SearchIndex(await loadPublishedDocuments(payload))
  current.index = index
  const queued = [...current.queued.values()]
  current.queued.clear()
  await refreshSearchItems(payload, index, queued)
  return index
}

async function applyChanges(payload: Payload, current: SearchState, changed: ChangedDocument[]): Promise<void> {
  if (current.index) return refreshSearchItems(payload, current.index, changed)
  for (const doc of changed) current.queued.set(`${doc.collection}:${doc.id}`, doc)
}

/**
 * Re-reads changed items and puts their published version in the index, or takes them out when they
 * are no longer published or no longer exist; a changed topic re-reads the items filed under it (their
 * facet labels).
 */
async function refreshSearchItems(payload: Payload, index: SearchIndex, changed: readonly ChangedDocument[]): Promise<void> {
  const topicIds = changed.filter((doc) => doc.collection === 'topics').map((doc) => doc.id)
  if (!changed.some((doc) => doc.collection === 'topics' || (searchTypes as readonly string[]).includes(doc.collection))) return
  const topics = await loadTopicLabels(payload)
  for (const type of searchTypes) {
    const ids = changed.filter((doc) => doc.collection === type).map((doc) => doc.id)
    const byTopic = topicIds.length > 0 && payload.collections[type].config.flattenedFields.some((field) => field.name === 'topics')
    if (ids.length === 0 && !byTopic) continue
    const where: Where = byTopic ? { or: [{ id: { in: ids } }, { topics: { in: topicIds } }] } : { id: { in: ids } }
    const { docs } = await payload.find({ collection: type, where, depth: 0, pagination: false, overrideAccess: true, draft: false })
    const found = new Set(docs.map((doc) => doc.id))
    for (const doc of docs) {
      if (doc._status === 'published') index.upsert(documentFromContent(type, doc as never, topics))
      else index.remove({ type, id: doc.id })
    }
    for (const id of ids) if (!found.has(id)) index.remove({ type, id })
  }
}
