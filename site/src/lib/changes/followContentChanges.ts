import { ChangeFeed } from '@xuexi/contract/changes/ChangeFeed'
import type { ContentChange } from '@xuexi/contract/changes/ContentChange'
import { memberChangesChannel, parseMemberChange } from '@xuexi/contract/changes/MemberChange'
import { env } from '../../env'
import { clearCmsCache } from '../cms/cmsCache'
import { forgetAllMemberPages, forgetMemberChange, hearMemberChanges } from '../memberPages'
import { recordChangeNoticeLag } from '../metrics/registry'
import { expirePageCache } from '../pageCache'
import { forgetAllSessions, forgetSessionsOf } from '../session/confirmedSession'

// Accounts change with every sign-in and are never part of a shared page or CMS read (they only end confirmed sessions).
const notShown = new Set(['users'])

let feed: ChangeFeed | undefined
let heardEverything = false

/**
 * Starts following the change record (once per process): any change to what pages show drops the
 * cached CMS reads and expires the cached pages. Going live the first time drops them too, so nothing read before the feed
 * heard every change outlives it; after a lost connection the catch-up brings what was missed.
 * Without DATABASE_URL the caches expire after CMS_CACHE_SECONDS only. On the same connection it hears
 * the member change notices that keep members' own pages (`memberPages`); those are not recorded, so
 * members' pages are kept only while the feed is live and all are dropped whenever it goes live again.
 */
export function followContentChanges(): void {
  if (feed || !env.DATABASE_URL) return
  feed = new ChangeFeed({
    connectionString: env.DATABASE_URL,
    name: 'content-changes:portal',
    apply: async (changes: ContentChange[]) => {
      forgetChangedSessions(changes)
      const shown = changes.filter((change) => !notShown.has(change.collection))
      if (shown.length === 0) return
      clearCaches()
      recordChangeNoticeLag(Math.max(...shown.map((change) => change.age)))
    },
    notices: { channel: memberChangesChannel, receive: forgetMemberPages },
    onLive: (live) => {
      hearMemberChanges(live)
      if (!live || heardEverything) return
      heardEverything = true
      clearCaches()
    },
    warn: (message) => console.warn(message),
  })
  void feed.start()
}

// A changed account (signed out, new password, role or organization) and a changed organization tree
// (classes may move) are confirmed by the CMS again on the next request, not after `sessionConfirmMs`.
function forgetChangedSessions(changes: ContentChange[]): void {
  if (changes.some((change) => change.collection === 'organizations')) forgetAllSessions()
  else forgetSessionsOf(changes.filter((change) => change.collection === 'users').map((change) => change.id))
}

// Pages are only expired: the last copy of each stays the fallback while the CMS cannot render it.
// Members' own pages are never a fallback, so they go.
function clearCaches(): void {
  clearCmsCache()
  expirePageCache()
  forgetAllMemberPages()
}

function forgetMemberPages(payload: string): void {
  const change = parseMemberChange(payload)
  if (change) {
    forgetMemberChange(change)
    return
  }
  console.warn(`member change notice not understood, every member page dropped: ${payload.slice(0, 200)}`)
  forgetAllMemberPages()
}
