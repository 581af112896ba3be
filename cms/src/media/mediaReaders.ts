import type { CollectionSlug, PayloadRequest } from 'payload'
import { idOf } from '../utilities/idOf'

/** Who may read a media file, derived from the items that use it (most open wins). */
export interface MediaReaders {
  readers: 'public' | 'members' | 'organizations' | 'staff'
  readerOrganizations: number[]
}

/** Collections whose published items make the media they use readable (and how, see `readersOfItem`). */
export const mediaUsingCollections = ['articles', 'policies', 'videos', 'lectures', 'announcements', 'topics', 'campaigns'] as const
export type MediaUsingCollection = (typeof mediaUsingCollections)[number]

/** `collection:id` of an item, as stored in a media file's `usedBy`. */
export const usageKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

const rank = { staff: 0, organizations: 1, members: 2, public: 3 } as const

/**
 * Readers of a media file used by the items `usedBy` (`collection:id`), each read as published:
 * content by its visibility (the rule of `canReadContent`), topics are public, a campaign's cover
 * as the campaign (public ones to everyone, others to their target organizations). Drafts and
 * unpublished items add nobody; a file used by nothing is for staff (and its uploader) only.
 */
export async function mediaReaders(req: PayloadRequest, usedBy: readonly string[]): Promise<MediaReaders> {
  let readers: MediaReaders['readers'] = 'staff'
  const organizations = new Set<number>()
  for (const key of usedBy) {
    const [collection, rawId] = key.split(':') as [string, string]
    const item = await readersOfItem(req, collection as MediaUsingCollection, Number(rawId))
    if (rank[item.readers] > rank[readers]) readers = item.readers
    for (const organization of item.readerOrganizations) organizations.add(organization)
  }
  return { readers, readerOrganizations: readers === 'organizations' ? [...organizations] : [] }
}

async function readersOfItem(req: PayloadRequest, collection: MediaUsingCollection, id: number): Promise<MediaReaders> {
  const none: MediaReaders = { readers: 'staff', readerOrganizations: [] }
  if (!(mediaUsingCollections as readonly string[]).includes(collection) || !Number.isSafeInteger(id)) return none
  const doc = (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!doc) return none
  const ids = (values: unknown) => (Array.isArray(values) ? values.map((value) => idOf(value) as number) : [])
  if (collection === 'topics') return { readers: 'public', readerOrganizations: [] }
  if (collection === 'campaigns') {
    if (doc.status !== 'published') return none
    return doc.isPublic
      ? { readers: 'public', readerOrganizations: [] }
      : { readers: 'organizations', readerOrganizations: ids(doc.targetOrganizations) }
  }
  if (doc._status !== 'published') return none
  if (doc.visibility === 'public' || doc.visibility === 'members') return { readers: doc.visibility, readerOrganizations: [] }
  return { readers: 'organizations', readerOrganizations: ids(doc.organizations) }
}
