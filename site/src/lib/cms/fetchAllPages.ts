import { fetchCms } from './fetchCms'
import type { Paginated } from './paginated'

// The CMS gives readers pages of at most 100 documents (`readerLimits`, cms/src/collections/shared/hooks/boundReaderReads.ts).
const pageSize = 100

/**
 * Every document of a CMS list, read page by page within the CMS's page-size cap, up to `maxDocs`
 * (a bound on the work one portal request can cause).
 */
export async function fetchAllPages<T>(path: string, query: URLSearchParams, maxDocs = 10_000): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; docs.length < maxDocs; page += 1) {
    const pageQuery = new URLSearchParams(query)
    pageQuery.set('limit', String(pageSize))
    pageQuery.set('page', String(page))
    const result = await fetchCms<Paginated<T>>(path, pageQuery)
    docs.push(...result.docs)
    if (!result.hasNextPage) break
  }
  return docs.slice(0, maxDocs)
}
