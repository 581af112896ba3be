import { slugPattern } from '@xuexi/contract/content/slugPattern'
import { fetchCms } from './fetchCms'
import type { PortalCollection } from './queryCollection'

/** Who may read a published item that not everybody may read; null: no such item, or a public one. */
export type Restriction = 'members' | 'organizations' | null

/** Asks the CMS whether a slug this reader cannot see is a restricted item (never its content). */
export async function restrictionOf(collection: Exclude<PortalCollection, 'topics'>, slug: string): Promise<Restriction> {
  if (!slugPattern.test(slug)) return null
  const answer = await fetchCms<{ visibility: Restriction }>(
    `/api/restriction/${encodeURIComponent(collection)}/${encodeURIComponent(slug)}`,
    new URLSearchParams(),
  )
  return answer.visibility
}

/** Where to send a reader whose item was not found: the sign-in prompt for restricted items, else 404. */
export async function missingItemPath(collection: Exclude<PortalCollection, 'topics'>, slug: string, requested: URL): Promise<string> {
  const restriction = await restrictionOf(collection, slug)
  if (!restriction) return '/404'
  return `/restricted?${new URLSearchParams({ for: restriction, next: requested.pathname })}`
}
