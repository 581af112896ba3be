import type { PortalCollection } from './queryCollection'
import { queryCollection } from './queryCollection'

/** A published item as feeds and sitemaps need it. */
export interface IndexEntry {
  title: string
  slug?: string | null
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
}

/** Published items of a type, newest first, as the anonymous CMS API returns them: public items only. */
export async function publicIndex(collection: PortalCollection, limit: number): Promise<IndexEntry[]> {
  const sort = collection === 'topics' ? 'title' : '-publishedAt'
  const select = collection === 'topics' ? ['title', 'slug', 'updatedAt'] : ['title', 'slug', 'summary', 'publishedAt', 'updatedAt']
  return (await queryCollection<IndexEntry>(collection, { limit, sort, select })).docs
}
