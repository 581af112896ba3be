import type { Match } from './findMatches'
import type { QueryTerms } from './queryTerms'
import type { SearchIndex } from './SearchIndex'

/** A match with what orders it. */
export interface RankedMatch extends Match {
  tier: number
  score: number
}

/**
 * The first `count` matches in order: the exact query in the title first, then every part in the
 * title (or the title's pinyin), then every part in the summary, keywords or metadata, then the rest;
 * within the title tiers lunr's score (asked only of the shards holding title matches); the newer
 * item on a tie. Only what is shown gets sorted: the large body-only tier is cut to `count` by date.
 */
export function rankMatches(index: SearchIndex, matches: readonly Match[], terms: QueryTerms, count: number): RankedMatch[] {
  const phrase = terms.segments.join(' ')
  const tiers: RankedMatch[][] = [[], [], [], []]
  for (const match of matches) {
    const tier = tierOf(match, phrase, terms.segments)
    tiers[tier]?.push({ ...match, tier, score: 0 })
  }
  const titleMatches = [...(tiers[0] ?? []), ...(tiers[1] ?? [])]
  if (titleMatches.length > 0) {
    const scores = index.titleScores(
      terms,
      titleMatches.map((match) => match.item.slot),
    )
    for (const match of titleMatches) match.score = scores.get(match.item.slot) ?? 0
  }
  const ranked: RankedMatch[] = []
  for (const tier of tiers) {
    if (ranked.length >= count) break
    ranked.push(...newestFirst(tier, count - ranked.length))
  }
  return ranked
}

function byScoreThenDate(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score || b.item.doc.publishedAt - a.item.doc.publishedAt
}

// The best `count` of a tier; a full sort only when most of it is wanted.
function newestFirst(tier: RankedMatch[], count: number): RankedMatch[] {
  if (count * 4 >= tier.length) return tier.sort(byScoreThenDate).slice(0, count)
  const best: RankedMatch[] = []
  for (const match of tier) {
    if (best.length === count && byScoreThenDate(match, best[count - 1] as RankedMatch) >= 0) continue
    let position = best.length
    while (position > 0 && byScoreThenDate(match, best[position - 1] as RankedMatch) < 0) position--
    best.splice(position, 0, match)
    if (best.length > count) best.pop()
  }
  return best
}

function tierOf({ item, byPinyin }: Match, phrase: string, segments: readonly string[]): number {
  if (byPinyin) return 1
  if (item.title.includes(phrase)) return 0
  if (segments.every((segment) => item.title.includes(segment))) return 1
  return segments.every((segment) => item.summary.includes(segment)) ? 2 : 3
}
