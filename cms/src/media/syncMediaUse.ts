import type { CollectionSlug, PayloadRequest } from 'payload'
import { mediaIdsOf } from './mediaIdsOf'
import { mediaReaders, usageKey } from './mediaReaders'

/**
 * Records which media files the item `collection:id` uses as published now (none when it is a draft
 * or deleted) in each file's `usedBy`, and recomputes the readers of every file it uses or used.
 * Runs inside the writing request's transaction (`req`), so a failed write changes nothing.
 */
export async function syncMediaUse(req: PayloadRequest, collection: CollectionSlug, id: number | string, deleted = false): Promise<void> {
  const key = usageKey(collection, id)
  const config = req.payload.collections[collection].config
  const doc = deleted
    ? null
    : ((await req.payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })) as Record<
        string,
        unknown
      > | null)
  const published = doc && (doc._status ?? doc.status) === 'published'
  const now = published ? mediaIdsOf(config.fields, doc) : new Set<number>()
  const before = await req.payload.find({
    collection: 'media',
    where: { usedBy: { in: [key] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { usedBy: true },
    req,
  })
  const touched = new Set<number>([...now, ...before.docs.map((doc) => doc.id)])
  for (const mediaId of touched) await refreshMediaReaders(req, mediaId, key, now.has(mediaId))
}

/** Sets whether `key` uses media `mediaId`, then its readers from all its users. */
async function refreshMediaReaders(req: PayloadRequest, mediaId: number, key: string, used: boolean): Promise<void> {
  const media = await req.payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!media) return
  const others = (media.usedBy ?? []).filter((entry) => entry !== key)
  const usedBy = used ? [...others, key] : others
  await req.payload.update({
    collection: 'media',
    id: mediaId,
    data: { usedBy, ...(await mediaReaders(req, usedBy)) },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
