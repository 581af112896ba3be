import { slugPattern } from '@xuexi/contract/content/slugPattern'
import { fetchAllPages } from './fetchAllPages'
import { fetchCms } from './fetchCms'
import type { Paginated } from './paginated'

/** Field conditions ANDed together, e.g. `{ kind: { equals: 'micro' } }` → `where[kind][equals]=micro`. */
export type WhereParams = Record<string, Record<string, string>>

/** Collections the portal reads. */
export type PortalCollection = 'articles' | 'policies' | 'videos' | 'lectures' | 'announcements' | 'topics'

/** What to ask of a collection: page, page size (≤ 100, the CMS's cap for readers), order, conditions, fields. */
export interface CollectionQuery {
  page?: number
  limit: number
  sort?: string
  where?: WhereParams
  select?: readonly string[]
  depth?: number
}

/** One page of published items of a collection (the CMS adds the visibility rules for anonymous readers). */
export function queryCollection<T>(collection: PortalCollection, options: CollectionQuery): Promise<Paginated<T>> {
  return fetchCms(`/api/${collection}`, collectionQuery(collection, options))
}

/** Every published item of a collection (up to `maxDocs`), read a page at a time. */
export function queryWholeCollection<T>(
  collection: PortalCollection,
  options: Omit<CollectionQuery, 'page' | 'limit'>,
  maxDocs?: number,
): Promise<T[]> {
  return fetchAllPages<T>(`/api/${collection}`, collectionQuery(collection, { ...options, limit: 100 }), maxDocs)
}

function collectionQuery(collection: PortalCollection, options: CollectionQuery): URLSearchParams {
  const query = new URLSearchParams({
    page: String(options.page ?? 1),
    limit: String(options.limit),
    depth: String(options.depth ?? 0),
  })
  if (collection !== 'topics') query.set('where[_status][equals]', 'published')
  if (options.sort) query.set('sort', options.sort)
  for (const [field, conditions] of Object.entries(options.where ?? {})) {
    for (const [operator, value] of Object.entries(conditions)) query.set(`where[${field}][${operator}]`, value)
  }
  for (const field of options.select ?? []) query.set(`select[${field}]`, 'true')
  return query
}

/** The published item with this slug (related documents populated one level deep), or null. */
export async function findBySlug<T>(collection: PortalCollection, slug: string): Promise<T | null> {
  // No item has a slug its field would refuse (NUL, 10,000 characters…): not found, without asking.
  if (!slugPattern.test(slug)) return null
  const result = await queryCollection<T>(collection, { limit: 1, depth: 1, where: { slug: { equals: slug } } })
  return result.docs[0] ?? null
}
