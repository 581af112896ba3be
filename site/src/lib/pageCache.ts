import { LRUCache } from 'lru-cache'
import { env } from '../env'

// `new Response(buffer)` copies the bytes, so one stored buffer serves every hit.
export interface CachedPage {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
  storedAt: number
}

/** A page ready to send: its status, headers and bytes (in parts, so putting a name in copies nothing). */
export interface PageCopy {
  status: number
  headers: [string, string][]
  body: Uint8Array[]
}

/** A kept page as sent, tagged with how the cache answered (`x-portal-cache`); its bytes are shared, not copied. */
export function copyOf(page: Pick<CachedPage, 'body' | 'status' | 'headers'>, tag: string): PageCopy {
  return { status: page.status, headers: [...page.headers, ['x-portal-cache', tag]], body: [new Uint8Array(page.body)] }
}

/** A page copy as a Fetch API answer (what Astro's middleware returns). */
export function responseOf(copy: PageCopy): Response {
  return new Response(Buffer.concat(copy.body), { status: copy.status, headers: copy.headers })
}

/** Where a page is kept: pages without a query, and filtered or paged lists, each in their own bounded LRU. */
export interface PageCacheKey {
  key: string
  segment: 'plain' | 'query' | 'class'
}

// The query parameters the cached pages read (list filters and page numbers); a request with any
// other parameter is rendered but not kept, so made-up query strings cannot fill the cache.
const cachedParameters = new Set(['page', 'year', 'topic', 'issuer', 'validity', 'level', 'kind', 'format', 'speaker'])

const pageLimits = { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 }

// Two segments: what visitors put in a query string can push out only other query pages, never a
// section or item page.
const segments = {
  plain: newSegment(pageLimits.maxEntries, pageLimits.maxBytes),
  query: newSegment(pageLimits.maxEntries, pageLimits.maxBytes / 2),
  // Plain members' pages, one copy per visibility class (`classPages`): classes cannot push out anonymous pages.
  class: newSegment(pageLimits.maxEntries, pageLimits.maxBytes),
}

function newSegment(max: number, maxSize: number): LRUCache<string, CachedPage> {
  return new LRUCache<string, CachedPage>({ max, maxSize, sizeCalculation: (page) => Math.max(1, page.body.byteLength) })
}

/**
 * The cache key of a page URL: the path alone without a query, the path with its known parameters in
 * a fixed order otherwise; null (not cached) when the query has unknown or repeated parameters.
 */
export function pageCacheKey(url: URL): PageCacheKey | null {
  const names = [...url.searchParams.keys()]
  if (names.length === 0) return { key: url.pathname, segment: 'plain' }
  if (names.some((name) => !cachedParameters.has(name)) || new Set(names).size !== names.length) return null
  const query = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b))
  return { key: `${url.pathname}?${new URLSearchParams(query)}`, segment: 'query' }
}

/**
 * The key of a page anonymous readers get from the cache (`pageCacheKey`); null for the health check and
 * search results, which are not cached: every query is a new key, and the index has its own freshness.
 */
export function anonymousPageKey(url: URL): PageCacheKey | null {
  return url.pathname.startsWith('/healthz') || url.pathname === '/search' ? null : pageCacheKey(url)
}

/** A rendered anonymous page as stored, if one is cached and fresh. */
export function freshPage(where: PageCacheKey, now = Date.now()): CachedPage | undefined {
  const page = segments[where.segment].get(where.key)
  return page && now - page.storedAt < env.CMS_CACHE_SECONDS * 1000 ? page : undefined
}

/** A rendered anonymous page, if one is cached and fresh. */
export function cachedPage(where: PageCacheKey, now = Date.now()): Response | undefined {
  const page = freshPage(where, now)
  return page && responseOf(copyOf(page, 'hit'))
}

/**
 * The last rendered copy of a page however old (expired copies stay until evicted or cleared), for
 * anonymous readers while the CMS cannot render it afresh (restarting, or its database away).
 */
export function stalePage(where: PageCacheKey): Response | undefined {
  const page = segments[where.segment].get(where.key)
  if (!page) return undefined
  return new Response(page.body, { status: page.status, headers: [...page.headers, ['x-portal-cache', 'stale']] })
}

/** Keeps a rendered page (successful HTML only); the least recently used go first past the entry and byte bounds. */
export async function storePage(where: PageCacheKey, response: Response, now = Date.now()): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return response
  const body = await response.arrayBuffer()
  segments[where.segment].set(where.key, { body, status: response.status, headers: [...response.headers.entries()], storedAt: now })
  return new Response(body, { status: response.status, headers: [...response.headers.entries(), ['x-portal-cache', 'miss']] })
}

/** How many pages and bytes each segment holds now. */
export function pageCacheSize(): Record<PageCacheKey['segment'], { entries: number; bytes: number }> {
  const size = (cache: LRUCache<string, CachedPage>) => ({ entries: cache.size, bytes: cache.calculatedSize })
  return { plain: size(segments.plain), query: size(segments.query), class: size(segments.class) }
}

/** The bounds of each segment. */
export const pageCacheLimits = pageLimits

/**
 * Makes every rendered page stale (content changed): none is served as fresh again, each stays the
 * last copy `stalePage` falls back to while the CMS cannot render it afresh.
 */
export function expirePageCache(): void {
  for (const segment of Object.values(segments)) for (const page of segment.values()) page.storedAt = Number.NEGATIVE_INFINITY
}

/** Forgets every rendered page. */
export function clearPageCache(): void {
  for (const segment of Object.values(segments)) segment.clear()
}
