import { parseDuration } from '@xuexi/contract/content/parseDuration'
import { readingSeconds } from '@xuexi/contract/content/readingSeconds'
import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import { LRUCache } from 'lru-cache'
import type { PayloadRequest } from 'payload'

/** What tracking needs to know about a readable item. */
export interface TrackedItem {
  collection: TrackedCollection
  id: number
  title: string
  slug: string
  /** Text is completed by reading; media by watching or listening. */
  kind: 'text' | 'media'
  /** Estimated reading time of the text (text items). */
  readingSeconds: number
  /** Duration from the CMS (media items), when the editor entered one. */
  mediaSeconds?: number
}

// A member's open page sends a heartbeat every few seconds; the item it reads and whether the member
// may read it change rarely, so the answer is kept per member and item for a few minutes.
// Bounded by entries and bytes; the least recently used go first.
const ttlMs = 5 * 60_000
const cache = new LRUCache<string, { item: TrackedItem | null; at: number }>({
  max: 50_000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (entry, key) => key.length * 2 + (entry.item ? entry.item.title.length * 2 + entry.item.slug.length * 2 + 200 : 50),
})

/**
 * The requested items the signed-in user may read, keyed by `collection:id` (items that do not exist,
 * are unpublished or are not visible to the user are missing). Uses the collections' own access rules.
 */
export async function findTrackedItems(req: PayloadRequest, wanted: Array<{ collection: TrackedCollection; id: number }>) {
  const found = new Map<string, TrackedItem>()
  const missing = new Map<TrackedCollection, Set<number>>()
  const userId = req.user?.id
  // A heartbeat batch names one page's item many times: each item is looked at once.
  const seen = new Set<string>()
  for (const { collection, id } of wanted) {
    const key = `${collection}:${id}`
    if (seen.has(key)) continue
    seen.add(key)
    const cached = cache.get(`${userId}:${key}`)
    if (cached && Date.now() - cached.at < ttlMs) {
      if (cached.item) found.set(key, cached.item)
    } else {
      missing.set(collection, (missing.get(collection) ?? new Set()).add(id))
    }
  }
  for (const [collection, idSet] of missing) {
    const ids = [...idSet]
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const id of ids) {
      const doc = docs.find((candidate) => candidate.id === id)
      const item = doc ? describe(collection, doc as unknown as ItemDocument) : null
      cache.set(`${userId}:${collection}:${id}`, { item, at: Date.now() })
      if (item) found.set(`${collection}:${id}`, item)
    }
  }
  return found
}

interface ItemDocument {
  id: number
  title?: string | null
  slug?: string | null
  body?: Parameters<typeof readingSeconds>[0]
  transcript?: Parameters<typeof readingSeconds>[0]
  duration?: string | null
  format?: string | null
}

function describe(collection: TrackedCollection, doc: ItemDocument): TrackedItem {
  const media = collection === 'videos' || (collection === 'lectures' && doc.format !== 'slides')
  const duration = doc.duration ? parseDuration(doc.duration) : undefined
  return {
    collection,
    id: doc.id,
    title: doc.title ?? '',
    slug: doc.slug ?? '',
    kind: media ? 'media' : 'text',
    readingSeconds: readingSeconds(doc.body, doc.transcript),
    ...(media && duration ? { mediaSeconds: duration } : {}),
  }
}

/** Forgets what was found for these items (changed) or for everything a user read (their account changed); all of it when organizations change. */
export function forgetTrackedItems(changed: { items: string[]; users: number[]; organizationsChanged: boolean }): void {
  if (changed.organizationsChanged) {
    cache.clear()
    return
  }
  const items = new Set(changed.items)
  const users = new Set(changed.users.map(String))
  for (const key of [...cache.keys()]) {
    const split = key.indexOf(':')
    if (users.has(key.slice(0, split)) || items.has(key.slice(split + 1))) cache.delete(key)
  }
}
