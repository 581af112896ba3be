import type { Matches } from './findMatches'
import type { QueryTerms } from './queryTerms'
import type { SearchIndex } from './SearchIndex'

const inBody = 3

/**
 * The first `count` of `chosen` (positions in `matches.slots`) in order, as slots: the exact query in
 * the title first, then every part in the title (or the title's pinyin), then every part in the
 * summary, keywords or metadata, then the rest. Within the title tiers lunr's BM25 title score
 * decides; the newer item breaks every tie, then the earlier slot. Where a part lies is read from
 * where it first occurs (the text is title, summary, body in that order), so only a query of several
 * parts that all occur before the body has its title or summary read. Only what is shown gets ordered:
 * tiers past `count` are skipped and a large tier is cut to what is needed in one pass.
 */
export function rankMatches(index: SearchIndex, matches: Matches, chosen: Int32Array, terms: QueryTerms, count: number): number[] {
  const { slots } = matches
  const { publishedAt } = index.columns
  const tiers = tiersOf(index, matches, chosen, terms)
  const upper: number[][] = [[], [], []]
  for (let at = 0; at < chosen.length; at++) {
    const tier = tiers[at] as number
    if (tier !== inBody) (upper[tier] as number[]).push(chosen[at] as number)
  }
  const newer = (a: number, b: number) => (publishedAt[slots[b] as number] as number) - (publishedAt[slots[a] as number] as number) || a - b
  const ranked: number[] = []
  upper.forEach((tier, position) => {
    if (ranked.length >= count || tier.length === 0) return
    if (position === 2) {
      ranked.push(...best(tier, count - ranked.length, newer))
      return
    }
    const scores = index.titleScores(
      terms,
      tier.map((match) => slots[match] as number),
    )
    const byScore = best(
      tier.map((_, at) => at),
      count - ranked.length,
      (a, b) => (scores[b] as number) - (scores[a] as number) || newer(tier[a] as number, tier[b] as number),
    )
    ranked.push(...byScore.map((at) => tier[at] as number))
  })
  const inBodyCount = chosen.length - upper.reduce((sum, tier) => sum + tier.length, 0)
  if (ranked.length < count && inBodyCount > 0) {
    const wanted = count - ranked.length
    // Most of a small tier wanted (a late page): sorting it is cheaper than keeping a long list in order.
    const body =
      wanted * 4 >= inBodyCount
        ? best(
            Array.from(chosen).filter((_, at) => tiers[at] === inBody),
            wanted,
            newer,
          )
        : undefined
    ranked.push(...(body ?? newestInBody(index, matches, chosen, tiers, wanted)))
  }
  return ranked.map((position) => slots[position] as number)
}

// Each chosen match's tier: 0 the exact query in the title, 1 every part in the title (or its pinyin),
// 2 every part in the summary, 3 the rest.
function tiersOf(index: SearchIndex, { slots, byText, firsts }: Matches, chosen: Int32Array, terms: QueryTerms): Uint8Array {
  const { titleEnds, summaryEnds } = index.columns
  const tiers = new Uint8Array(chosen.length)
  const [only] = firsts
  for (let at = 0; at < chosen.length; at++) {
    const position = chosen[at] as number
    const slot = slots[position] as number
    if (position >= byText) tiers[at] = 1
    else if (firsts.length === 1 && only) {
      const first = only[position] as number
      tiers[at] = first < (titleEnds[slot] as number) ? 0 : first < (summaryEnds[slot] as number) ? 2 : inBody
    } else tiers[at] = tierOfParts(index, slot, firsts, position, terms.segments)
  }
  return tiers
}

// The tier of a match of a query of several parts. A part that first occurs in the title may also
// occur in the summary, which only the summary's text can say.
function tierOfParts(index: SearchIndex, slot: number, firsts: Int32Array[], position: number, segments: readonly string[]): number {
  const titleEnd = index.columns.titleEnds[slot] as number
  const summaryEnd = index.columns.summaryEnds[slot] as number
  let inTitle = 0
  for (const first of firsts) {
    const offset = first[position] as number
    if (offset >= summaryEnd) return inBody
    if (offset < titleEnd) inTitle++
  }
  const item = index.item(slot)
  if (!item) return inBody
  if (inTitle === firsts.length) return item.title.includes(segments.join(' ')) ? 0 : 1
  return inTitle === 0 || segments.every((segment) => item.summary.includes(segment)) ? 2 : inBody
}

// The `count` newest chosen matches in the body tier (the earlier slot first on a tie), in one pass
// that keeps only those: positions arrive ascending, so an equally new later one never displaces one kept.
function newestInBody(index: SearchIndex, { slots }: Matches, chosen: Int32Array, tiers: Uint8Array, count: number): number[] {
  const { publishedAt } = index.columns
  const kept: number[] = []
  const dates: number[] = []
  for (let at = 0; at < chosen.length; at++) {
    if (tiers[at] !== inBody) continue
    const position = chosen[at] as number
    const date = publishedAt[slots[position] as number] as number
    if (kept.length === count && date <= (dates[count - 1] as number)) continue
    let place = kept.length
    while (place > 0 && date > (dates[place - 1] as number)) place--
    kept.splice(place, 0, position)
    dates.splice(place, 0, date)
    if (kept.length > count) {
      kept.pop()
      dates.pop()
    }
  }
  return kept
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
