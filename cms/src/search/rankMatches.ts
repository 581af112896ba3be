import { BestOf } from './BestOf'
import type { Matches } from './findMatches'
import type { QueryTerms } from './queryTerms'
import type { SearchIndex } from './SearchIndex'

const tierCount = 4
/** Keeping more than this many in order by insertion costs more than sorting the tier. */
const maxInsertion = 64

/**
 * The first `count` of `chosen` (positions in `matches.slots`, ascending) in order, as slots: the
 * exact query in the title first, then every part in the title (or the title's pinyin), then every
 * part in the summary, keywords or metadata, then the rest. Within the title tiers lunr's BM25 title
 * score decides; the newer item breaks every tie, then the earlier slot. Where a part lies is read
 * from where it first occurs (the text is title, summary, body in that order), so only a query of
 * several parts that all occur before the body has its title or summary read. Only what is shown gets
 * ordered: tiers past `count` are skipped and a tier is cut to what is needed in one pass.
 */
export function rankMatches(index: SearchIndex, matches: Matches, chosen: Int32Array, terms: QueryTerms, count: number): number[] {
  const tiers = tiersOf(index, matches, chosen, terms)
  const ranked: number[] = []
  for (let tier = 0; tier < tierCount && ranked.length < count; tier++) {
    const members: number[] = []
    for (let at = 0; at < chosen.length; at++) if (tiers[at] === tier) members.push(chosen[at] as number)
    if (members.length > 0) ranked.push(...bestOfTier(index, matches, members, tier <= 1 ? terms : undefined, count - ranked.length))
  }
  return ranked.map((position) => matches.slots[position] as number)
}

// The first `count` of a tier's members: by lunr's title score when `terms` are given, then newer,
// then the earlier slot.
function bestOfTier(index: SearchIndex, { slots }: Matches, members: number[], terms: QueryTerms | undefined, count: number): number[] {
  const { publishedAt } = index.columns
  const scores = terms
    ? index.titleScores(
        terms,
        members.map((position) => slots[position] as number),
      )
    : undefined
  const score = (at: number) => (scores ? (scores[at] as number) : 0)
  const date = (at: number) => publishedAt[slots[members[at] as number] as number] as number
  if (count > maxInsertion) {
    const order = members.map((_, at) => at).sort((a, b) => score(b) - score(a) || date(b) - date(a) || a - b)
    return order.slice(0, count).map((at) => members[at] as number)
  }
  const best = new BestOf(count)
  for (let at = 0; at < members.length; at++) best.offer(members[at] as number, score(at), date(at))
  return best.best()
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
      tiers[at] = first < (titleEnds[slot] as number) ? 0 : first < (summaryEnds[slot] as number) ? 2 : 3
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
    if (offset >= summaryEnd) return 3
    if (offset < titleEnd) inTitle++
  }
  const item = index.item(slot)
  if (!item) return 3
  if (inTitle === firsts.length) return item.title.includes(segments.join(' ')) ? 0 : 1
  return inTitle === 0 || segments.every((segment) => item.summary.includes(segment)) ? 2 : 3
}
