import { LRUCache } from 'lru-cache'
import type { PayloadRequest } from 'payload'
import { loadVisiblePublished } from '../../access/loadVisiblePublished'
import { followContentChanges } from '../../changes/followContentChanges'
import { idOf } from '../../utilities/idOf'
import { type ContestRules, contestRulesOf } from '../ContestRules'

// A contest's members start it by the thousand within seconds and each answer asks for it again
// (docs/benchmarks.md, bench:contest): its rules are kept per contest, and whether a member may take it
// per contest and visibility class (what `readContests` decides by: role and organization). Both follow
// the change record: a changed contest or organization tree drops them, and they are kept only once
// this process hears every change. Lookups under way are shared, so a burst asks Payload once. The TTL
// is only a safety net.
const rules = new LRUCache<string, Promise<ContestRules>>({ max: 1_000, ttl: 300_000 })
let following: 'no' | 'starting' | 'live' = 'no'

function follow(req: PayloadRequest): void {
  if (following !== 'no') return
  following = 'starting'
  followContentChanges(req.payload, 'member contest rules', (changes) => {
    if (changes.some((change) => change.collection === 'contests' || change.collection === 'organizations')) rules.clear()
  })
    .then(() => {
      following = 'live'
    })
    .catch(() => {
      following = 'no'
    })
}

/**
 * The rules of published contest `id` as the signed-in member may take it (401 `contest.loginRequired`
 * signed out; 404 `contest.notFound` when it does not exist, is a draft or is not for their part of the
 * tree), as `loadVisiblePublished` answers it, from memory when this member's class asked before.
 */
export function visibleContestRules(req: PayloadRequest, id: unknown): Promise<ContestRules> {
  follow(req)
  const user = req.user as { role?: unknown; organization?: unknown } | null
  const key = user && `${String(id)} ${String(user.role)} ${String(idOf(user.organization) ?? '')}`
  const kept = key && following === 'live' ? rules.get(key) : undefined
  if (kept) return kept
  const loading = loadVisiblePublished(req, {
    collection: 'contests',
    id,
    loginRequired: 'contest.loginRequired',
    notFound: 'contest.notFound',
  }).then(contestRulesOf)
  if (key && following === 'live') {
    rules.set(key, loading)
    // A refusal is not kept: the next request asks again (and gets its own error).
    loading.catch(() => {
      if (rules.get(key) === loading) rules.delete(key)
    })
  }
  return loading
}
