import { LRUCache } from 'lru-cache'
import { env } from '../../env'

/** A value read from the CMS with the size of the answer it came from (what the cache counts). */
export interface SizedRead<T> {
  value: T
  bytes: number
}

interface Entry {
  value: unknown
  bytes: number
  storedAt: number
}

// Bounded by entries and bytes: keys are CMS URLs, and some (filters, pages) follow what visitors ask.
const cacheLimits = { maxEntries: 2_000, maxBytes: 48 * 1024 * 1024 }

const settled = new LRUCache<string, Entry>({
  max: cacheLimits.maxEntries,
  maxSize: cacheLimits.maxBytes,
  sizeCalculation: (entry) => Math.max(1, entry.bytes),
})
// Reads in progress, so concurrent requests share one fetch; bounded by the requests in flight.
const pending = new Map<string, Promise<unknown>>()

/**
 * Answers repeated CMS reads from memory: concurrent requests share one fetch, results live until
 * the CMS reports a change (`clearCmsCache`) or CMS_CACHE_SECONDS pass, the least recently used
 * going first past the entry and byte bounds; failures are not kept.
 */
export function cachedCmsRead<T>(key: string, load: () => Promise<SizedRead<T>>, now = Date.now()): Promise<T> {
  const hit = settled.get(key)
  if (hit && now - hit.storedAt < env.CMS_CACHE_SECONDS * 1000) return Promise.resolve(hit.value as T)
  const inFlight = pending.get(key)
  if (inFlight) return inFlight as Promise<T>
  const read: Promise<T> = load().then((loaded) => {
    if (pending.get(key) === read) settled.set(key, { value: loaded.value, bytes: loaded.bytes, storedAt: now })
    return loaded.value
  })
  pending.set(key, read)
  const forget = () => {
    if (pending.get(key) === read) pending.delete(key)
  }
  read.then(forget, forget)
  return read
}

/** How much the cache holds now (entries and counted bytes). */
export function cmsCacheSize(): { entries: number; bytes: number } {
  return { entries: settled.size, bytes: settled.calculatedSize }
}

/** The cache's bounds. */
export const cmsCacheLimits = cacheLimits

/** Forgets everything read from the CMS (called when content changes). */
export function clearCmsCache(): void {
  settled.clear()
  pending.clear()
}
