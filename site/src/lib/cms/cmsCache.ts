import { env } from '../../env'

interface Entry {
  value: Promise<unknown>
  storedAt: number
}

const entries = new Map<string, Entry>()

/**
 * Answers repeated CMS reads from memory: concurrent requests share one fetch, results live until
 * the CMS reports a change (`clearCmsCache`) or CMS_CACHE_SECONDS pass; failures are not kept.
 */
export function cachedCmsRead<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key)
  if (hit && now - hit.storedAt < env.CMS_CACHE_SECONDS * 1000) return hit.value as Promise<T>
  const value = load()
  entries.set(key, { value, storedAt: now })
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key)
  })
  return value
}

/** Forgets everything read from the CMS (called when content changes). */
export function clearCmsCache(): void {
  entries.clear()
}
