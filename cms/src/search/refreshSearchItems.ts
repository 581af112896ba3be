import { searchTypes } from '@xuexi/contract/search/SearchResponse'
import type { Payload, Where } from 'payload'
import { documentFromContent, loadTopicLabels } from './documentFromContent'
import type { SearchIndex } from './SearchIndex'

/** A document the change record says changed. */
export type ChangedDocument = { collection: string; id: number }

/**
 * Re-reads changed items and puts their published version in the index, or takes them out when they
 * are no longer published or no longer exist; a changed topic re-reads the items filed under it (their
 * facet labels).
 */
export async function refreshSearchItems(payload: Payload, index: SearchIndex, changed: readonly ChangedDocument[]): Promise<void> {
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
