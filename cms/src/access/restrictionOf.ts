import type { Payload } from 'payload'

/** Content collections the portal shows one item of per page. */
export const gatedCollections = ['articles', 'policies', 'videos', 'lectures', 'announcements'] as const
export type GatedCollection = (typeof gatedCollections)[number]

/**
 * Who may read the published item with this slug, when that is not everybody: 'members' or
 * 'organizations'. Null when there is no such published item or it is public. Reveals nothing else
 * about the item, so the portal can ask readers to sign in without showing any of its content.
 */
export async function restrictionOf(
  payload: Payload,
  collection: GatedCollection,
  slug: string,
): Promise<'members' | 'organizations' | null> {
  const found = await payload.find({
    collection,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { visibility: true },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const visibility = found.docs[0]?.visibility
  return visibility === 'members' || visibility === 'organizations' ? visibility : null
}
