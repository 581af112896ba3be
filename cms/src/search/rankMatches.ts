import type { Matches } from './findMatches'
import type { QueryTerms } from './queryTerms'
import type { SearchIndex } from './SearchIndex'

/**
 * The first `count` of `chosen` (positions in `matches.slots`) in order, as slots: the exact query in
 * the title first, then every part in the title (or the title's pinyin), then every part in the
 * summary, keywords or metadata, then the rest. Within the title tiers lunr's BM25 title score
 * decides; the newer item breaks every tie, then the earlier slot. Where a part lies is read from
 * where it first occurs (the text is title, summary, body in that order), so only a query of several
 * parts that all occur before the body has its title or summary read. Only what is shown gets sorted:
 * tiers past `count` are skipped and a large tier is cut to what is needed.
 */
export function rankMatches(index: SearchIndex, matches: Matches, chosen: ArrayLike<number>, terms: QueryTerms, count: number): number[] {
  const { titleEnds, publishedAt } = index.columns
  const { slots, byText, firsts } = matches
  const phrase = terms.segments.join(' ')
  const titleTiers: number[][] = [[], []]
  const rest: number[] = []
  for (let at = 0; at < chosen.length; at++) {
    const position = chosen[at] as number
    const slot = slots[position] as number
    let tier: number | undefined
    if (position >= byText) tier = 1
    else if (firsts.every((first) => (first[position] as number) < (titleEnds[slot] as number)))
      tier = firsts.length === 1 || index.item(slot)?.title.includes(phrase) ? 0 : 1
    if (tier === undefined) rest.push(position)
    else (titleTiers[tier] as number[]).push(position)
  }
  const tiers = [...titleTiers, [] as number[], [] as number[]]
  // The summary tier is only worth finding when the title tiers do not fill the page.
  if ((tiers[0] as number[]).length + (tiers[1] as number[]).length < count) {
    for (const position of rest) (tiers[inSummary(index, matches, position, terms.segments) ? 2 : 3] as number[]).push(position)
  }
  const newer = (a: number, b: number) => (publishedAt[slots[b] as number] as number) - (publishedAt[slots[a] as number] as number) || a - b
  const ranked: number[] = []
  tiers.forEach((tier, position) => {
    if (ranked.length >= count || tier.length === 0) return
    const scores =
      position <= 1
        ? index.titleScores(
            terms,
            tier.map((match) => slots[match] as number),
          )
        : undefined
    const order = scores
      ? (a: number, b: number) => (scores.get(slots[b] as number) ?? 0) - (scores.get(slots[a] as number) ?? 0) || newer(a, b)
      : newer
    ranked.push(...best(tier, count - ranked.length, order))
  })
  return ranked.map((position) => slots[position] as number)
}

// Whether every part lies in the summary: none first occurs in the body, and those that first occur
// in the title (a query of several parts) occur in the summary too.
function inSummary(index: SearchIndex, { slots, firsts }: Matches, position: number, segments: readonly string[]): boolean {
  const slot = slots[position] as number
  const titleEnd = index.columns.titleEnds[slot] as number
  const summaryEnd = index.columns.summaryEnds[slot] as number
  let inTitle = false
  for (const first of firsts) {
    const offset = first[position] as number
    if (offset >= summaryEnd) return false
    if (offset < titleEnd) inTitle = true
  }
  const summary = index.item(slot)?.summary
  return !inTitle || (summary !== undefined && segments.every((segment) => summary.includes(segment)))
}

// The first `count` of a tier in order; a full sort only when most of it is wanted.
function best(tier: number[], count: number, order: (a: number, b: number) => number): number[] {
  if (count * 4 >= tier.length) return tier.sort(order).slice(0, count)
  const kept: number[] = []
  for (const match of tier) {
    if (kept.length === count && order(match, kept[count - 1] as number) >= 0) continue
    let position = kept.length
    while (position > 0 && order(match, kept[position - 1] as number) < 0) position--
    kept.splice(position, 0, match)
    if (kept.length > count) kept.pop()
  }
  return kept
}
