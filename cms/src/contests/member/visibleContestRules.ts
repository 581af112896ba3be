import { LRUCache } from 'lru-cache'
import type { Payload, PayloadRequest } from 'payload'
import { loadVisiblePublished } from '../../access/loadVisiblePublished'
import { organizationLineage } from '../../access/organizationReach'
import { lineageReadsContest } from '../../access/readContests'
import { followContentChanges } from '../../changes/followContentChanges'
import { type DocumentId as Id, idOf } from '../../utilities/idOf'
import { type ContestRules, contestRulesOf } from '../ContestRules'

// A contest's members start it by the thousand within seconds and each answer asks for it again
// (docs/benchmarks.md, bench:contest). Kept in memory: each published contest's rules (read once per
// contest, access overridden) and each organization's lineage. A member whose lineage holds the contest's
// organization may read it by `readContests`' members' clause (`lineageReadsContest`), so they get it
// without asking Payload; anyone else (organizers from above, refusals) is answered by Payload's own
// access (`loadVisiblePublished`). Both caches follow the change record — a changed contest or
// organization tree drops them — and are used only once this process hears every change. Lookups
// under way are shared, so a burst asks once. The TTL is only a safety net.
const publishedRules = new LRUCache<number, Promise<ContestRules | null>>({ max: 1_000, ttl: 300_000 })
const lineages = new LRUCache<Id, Promise<Id[]>>({ max: 20_000, ttl: 300_000 })
let following: 'no' | 'starting' | 'live' = 'no'

/**
 * Starts following the change record for these caches (the tracking server does at its start, so a
 * contest's first burst finds them usable; any other process on its first contest request).
 */
export function followMemberContestRules(payload: Payload): void {
  if (following !== 'no') return
  following = 'starting'
  followContentChanges(payload, 'member contest rules', (changes) => {
    if (changes.some((change) => change.collection === 'contests' || change.collection === 'organizations')) {
      publishedRules.clear()
      lineages.clear()
    }
  })
    .then(() => {
      following = 'live'
    })
    .catch(() => {
      following = 'no'
    })
}

/** A shared, remembered lookup; a failed one is forgotten so the next request asks again. */
function remembered<K extends {}, V>(cache: LRUCache<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const kept = cache.get(key)
  if (kept) return kept
  const loading = load()
  cache.set(key, loading)
  loading.catch(() => {
    if (cache.get(key) === loading) cache.delete(key)
  })
  return loading
}

/** The rules of contest `id` when it exists and is published, else null (access overridden: the caller decides who may see it). */
function publishedContestRules(req: PayloadRequest, id: number): Promise<ContestRules | null> {
  return remembered(publishedRules, id, async () => {
    const contest = await req.payload.findByID({ collection: 'contests', id, depth: 0, overrideAccess: true, disableErrors: true })
    return contest?.status === 'published' ? contestRulesOf(contest) : null
  })
}

/**
 * The rules of published contest `id` as the signed-in member may take it (401 `contest.loginRequired`
 * signed out; 404 `contest.notFound` when it does not exist, is a draft or is not for their part of the
 * tree), as `loadVisiblePublished` answers it; from memory when the member's organization lineage holds
 * the contest's organization.
 */
export async function visibleContestRules(req: PayloadRequest, id: unknown): Promise<ContestRules> {
  followMemberContestRules(req.payload)
  const organization = idOf((req.user as { organization?: unknown } | null)?.organization)
  const contestId = Number(id)
  if (req.user && organization !== undefined && Number.isSafeInteger(contestId) && contestId > 0 && following === 'live') {
    const [rules, lineage] = await Promise.all([
      publishedContestRules(req, contestId),
      remembered(lineages, organization, () => organizationLineage(req.payload, organization)),
    ])
    if (rules && lineageReadsContest(rules, lineage)) return rules
  }
  return contestRulesOf(
    await loadVisiblePublished(req, { collection: 'contests', id, loginRequired: 'contest.loginRequired', notFound: 'contest.notFound' }),
  )
}
