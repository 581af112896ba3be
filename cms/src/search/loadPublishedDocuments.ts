import { searchTypes } from '@xuexi/contract/search/SearchResponse'
import type { Payload } from 'payload'
import { documentFromContent, loadTopicLabels } from './documentFromContent'
import type { SearchDocument } from './SearchDocument'

const pageSize = 500

/** Every published item of every searchable collection, read page by page (drafts never: the published version only). */
export async function loadPublishedDocuments(payload: Payload): Promise<SearchDocument[]> {
  const topics = await loadTopicLabels(payload)
  const documents: SearchDocument[] = []
  for (const type of searchTypes) {
    for (let page = 1, more = true; more; page++) {
      const result = await payload.find({
        collection: type,
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: pageSize,
        page,
        sort: 'id',
        overrideAccess: true,
        draft: false,
      })
      for (const doc of result.docs) documents.push(documentFromContent(type, doc as never, topics))
      more = result.hasNextPage
    }
  }
  return documents
}
