import { asAnonymous } from '../session/readerContext'
import type { PortalCollection } from './queryCollection'
import { queryWholeCollection } from './queryCollection'

/** A published item as feeds and sitemaps need it. */
export interface IndexEntry {
  title: string
  slug?: string | null
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
}

/**
 * Published items of a type (at most `limit`), newest first, read anonymously whoever is signed in:
 * public items only, the same for every reader (feeds and sitemaps are cached publicly).
 */
export async function publicIndex(collection: PortalCollection, limit: number): Promise<IndexEntry[]> {
  const sort = collection === 'topics' ? 'title' : '-publishedAt'
  const select = collection === 'topics' ? ['title', 'slug', 'updatedAt'] : ['title', 'slug', 'summary', 'publishedAt', 'updatedAt']
  return asAnonymous(() => queryWholeCollection<IndexEntry>(collection, { sort, select }, limit))
}
