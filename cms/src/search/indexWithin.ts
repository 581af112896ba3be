import type { SearchIndex } from './SearchIndex'

/** The index was not searchable within the time a request may wait (a first start building it). */
export class SearchIndexNotReady extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('search index still loading')
  }
}

/**
 * The index, or `SearchIndexNotReady` after `ms`: a start from a snapshot is searchable in about a
 * second, but a first start builds from the database (10,000 long items take 10–15 s), and a
 * request should not hang that long.
 */
export function indexWithin<T = SearchIndex>(ready: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchIndexNotReady(5)), ms)
  })
  return Promise.race([ready, late]).finally(() => clearTimeout(timer))
}
