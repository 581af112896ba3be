import type { MemberChange } from '@xuexi/contract/changes/MemberChange'
import { studyDay } from '@xuexi/contract/chinaTime'
import { LRUCache } from 'lru-cache'
import { env } from '../env'
import { copyOf, type PageCopy, responseOf } from './pageCache'
import type { Reader } from './session/readerContext'

// Pages a member sees alone (我的学习, a campaign page): kept per member while the member change notices
// that follow everything they show are heard (`followContentChanges`), and dropped by them.
interface MemberPage {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
  storedAt: number
  member: string
  campaigns: number[]
}

/** A render of a member page under way: spoiled when a notice it may have missed arrives before it is kept. */
interface MemberRender {
  member: string
  reader: Reader
  spoiled: boolean
}

/** The bounds of the member page cache (its own LRU: members' pages cannot push out shared ones). */
export const memberPageLimits = { maxEntries: 4_000, maxBytes: 96 * 1024 * 1024 }

// Which keys each member's and each campaign's notices drop; kept in step with the LRU by `dispose`,
// so both are bounded by its entries.
const byMember = new Map<string, Set<string>>()
const byCampaign = new Map<number, Set<string>>()
const pages = new LRUCache<string, MemberPage>({
  max: memberPageLimits.maxEntries,
  maxSize: memberPageLimits.maxBytes,
  sizeCalculation: (page) => Math.max(1, page.body.byteLength),
  dispose: (page, key) => {
    unindex(byMember, page.member, key)
    for (const campaign of page.campaigns) unindex(byCampaign, campaign, key)
  },
})
// Bounded by the requests in flight.
const rendering = new Set<MemberRender>()
let live = false

/**
 * The key of a member's page: their id, their visibility class (an organization change is another
 * key), the study day (pages show today's figures and phases) and the page's own key.
 */
export function memberPageKey(member: number | string, readerClass: string, pageKey: string, now = new Date()): string {
  return `${member} ${readerClass} ${studyDay(now)} ${pageKey}`
}

/** The member's kept page, while member change notices are heard and it is younger than `CMS_CACHE_SECONDS`. */
export function cachedMemberPage(key: string, now = Date.now()): Response | undefined {
  const page = freshMemberPage(key, now)
  return page && responseOf(page)
}

/** `cachedMemberPage` as sent by the portal server. */
export function freshMemberPage(key: string, now = Date.now()): PageCopy | undefined {
  const page = live ? pages.get(key) : undefined
  return page && now - page.storedAt < env.CMS_CACHE_SECONDS * 1000 ? copyOf(page, 'member-hit') : undefined
}

/** Starts watching a render for `member`: call `end` when it is over (kept or not). */
export function startMemberRender(member: number | string, reader: Reader): { render: MemberRender; end: () => void } {
  const render = { member: String(member), reader, spoiled: !live }
  rendering.add(render)
  return { render, end: () => rendering.delete(render) }
}

/**
 * Keeps a member's rendered page (successful HTML only) unless a notice that may concern it arrived
 * while it rendered (then what it read may be older than the notice) or notices are not heard.
 */
export function storeMemberPage(
  key: string,
  render: MemberRender,
  page: { body: ArrayBuffer; response: Response },
  now = Date.now(),
): void {
  const { body, response } = page
  if (render.spoiled || !live || response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return
  const campaigns = [...render.reader.campaigns]
  pages.set(key, {
    body,
    status: response.status,
    headers: [...response.headers.entries()],
    storedAt: now,
    member: render.member,
    campaigns,
  })
  index(byMember, render.member, key)
  for (const campaign of campaigns) index(byCampaign, campaign, key)
}

/** Drops what a member change notice makes stale: the member's pages, and every page of the campaign it names. */
export function forgetMemberChange(change: MemberChange): void {
  const member = change.member === null ? null : String(change.member)
  const campaign = change.campaign
  if (member !== null) for (const key of [...(byMember.get(member) ?? [])]) pages.delete(key)
  if (campaign !== null) for (const key of [...(byCampaign.get(campaign) ?? [])]) pages.delete(key)
  for (const render of rendering)
    if (render.member === member || (campaign !== null && render.reader.campaigns.has(campaign))) render.spoiled = true
}

/** Drops every member page (content changed, or notices may have been missed). */
export function forgetAllMemberPages(): void {
  pages.clear()
  for (const render of rendering) render.spoiled = true
}

/** Whether member change notices are heard now; either way, what was kept before is dropped. */
export function hearMemberChanges(heard: boolean): void {
  live = heard
  forgetAllMemberPages()
}

/** How many pages and bytes the member page cache holds now. */
export function memberPageCacheSize(): { entries: number; bytes: number } {
  return { entries: pages.size, bytes: pages.calculatedSize }
}

function index<K>(map: Map<K, Set<string>>, owner: K, key: string): void {
  const keys = map.get(owner) ?? new Set<string>()
  keys.add(key)
  map.set(owner, keys)
}

function unindex<K>(map: Map<K, Set<string>>, owner: K, key: string): void {
  const keys = map.get(owner)
  keys?.delete(key)
  if (keys?.size === 0) map.delete(owner)
}
