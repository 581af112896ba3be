import type { Match } from './findMatches'
import type { QueryTerms } from './queryTerms'
import type { SearchIndex } from './SearchIndex'

/**
 * The first `count` matches in order: the exact query in the title first, then every part in the
 * title (or the title's pinyin), then every part in the summary, keywords or metadata, then the rest.
 * Within the title tiers lunr's BM25 title score decides; the newer item breaks every tie. Only what
 * is shown gets sorted: tiers past `count` are skipped and a large tier is cut to what is needed.
 */
export function rankMatches(index: SearchIndex, matches: readonly Match[], terms: QueryTerms, count: number): Match[] {
  const phrase = terms.segments.join(' ')
  const tiers: Match[][] = [[], [], [], []]
  const rest: Match[] = []
  for (const match of matches) {
    const tier = titleTierOf(match, phrase, terms.segments)
    if (tier === undefined) rest.push(match)
    else (tiers[tier] as Match[]).push(match)
  }
  // The summary check is only worth doing when the title tiers do not fill the page.
  if ((tiers[0] as Match[]).length + (tiers[1] as Match[]).length < count) {
    for (const match of rest) (tiers[inSummary(match, terms.segments) ? 2 : 3] as Match[]).push(match)
  }
  const ranked: Match[] = []
  tiers.forEach((tier, position) => {
    if (ranked.length >= count || tier.length === 0) return
    const scores =
      position <= 1
        ? index.titleScores(
            terms,
            tier.map((match) => match.item.slot),
          )
        : undefined
    const order = (a: Match, b: Match) =>
      (scores ? (scores.get(b.item.slot) ?? 0) - (scores.get(a.item.slot) ?? 0) : 0) || b.item.doc.publishedAt - a.item.doc.publishedAt
    ranked.push(...best(tier, count - ranked.length, order))
  })
  return ranked
}

// The first `count` of a tier in order; a full sort only when most of it is wanted.
function best(tier: Match[], count: number, order: (a: Match, b: Match) => number): Match[] {
  if (count * 4 >= tier.length) return tier.sort(order).slice(0, count)
  const kept: Match[] = []
  for (const match of tier) {
    if (kept.length === count && order(match, kept[count - 1] as Match) >= 0) continue
    let position = kept.length
    while (position > 0 && order(match, kept[position - 1] as Match) < 0) position--
    kept.splice(position, 0, match)
    if (kept.length > count) kept.pop()
  }
  return kept
}

function titleTierOf({ item, byPinyin }: Match, phrase: string, segments: readonly string[]): number | undefined {
  if (byPinyin) return 1
  if (item.title.includes(phrase)) return 0
  if (segments.length > 1 && segments.every((segment) => item.title.includes(segment))) return 1
  return undefined
}

function inSummary({ item }: Match, segments: readonly string[]): boolean {
  for (const segment of segments) if (!item.summary.includes(segment)) return false
  return true
}
