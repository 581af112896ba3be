import type { BigramPostings, PostingLists } from './BigramPostings'
import { type PositionLayout, phraseStarts } from './phraseStarts'
import { SlotHits } from './SlotHits'
import { type Anchor, segmentAnchors } from './segmentAnchors'
import { isWordCode } from './tokenize'

/** What finding a segment reads of the index. */
export interface SegmentSource {
  postings: BigramPostings
  layout: PositionLayout
  slotCount: number
  /** The normalized text of a live slot; `undefined` for an emptied one. */
  text(slot: number): string | undefined
}

/**
 * Every slot (emptied ones included; the caller drops them) whose text contains `segment`, ascending,
 * with the offset of the segment's first occurrence in it. Exact: where the anchors' positions prove
 * every character, no text is read; otherwise each place they propose is compared with the text there.
 * A segment of Latin letters and digits lies inside some indexed word; a lone other character is
 * looked for in every text.
 */
export function segmentHits(segment: string, source: SegmentSource): SlotHits {
  const anchors = segmentAnchors(segment)
  if (anchors.length > 0) return anchoredHits(segment, anchors, source)
  if (isWord(segment)) return wordHits(segment, source)
  const hits = new SlotHits()
  for (let slot = 0; slot < source.slotCount; slot++) {
    const first = source.text(slot)?.indexOf(segment) ?? -1
    if (first >= 0) hits.push(slot, first)
  }
  return hits
}

function anchoredHits(segment: string, anchors: readonly Anchor[], source: SegmentSource): SlotHits {
  const lists = anchors.map((anchor) => source.postings.lists(anchor.key))
  const size = (lists: PostingLists) => lists.frozen.length + lists.tail.length
  const hits = new SlotHits()
  if (lists.some((list) => size(list) === 0)) return hits
  // Rarest first, keeping only anchors that prove characters the ones before them did not.
  const proven = new Uint8Array(segment.length)
  const chosen: Array<{ anchor: Anchor; lists: PostingLists }> = []
  for (const position of anchors
    .map((_, position) => position)
    .sort((a, b) => size(lists[a] as PostingLists) - size(lists[b] as PostingLists))) {
    const anchor = anchors[position] as Anchor
    if (proven.subarray(anchor.shift, anchor.end).every(Boolean)) continue
    proven.fill(1, anchor.shift, anchor.end)
    chosen.push({ anchor, lists: lists[position] as PostingLists })
  }
  const verify = proven.every(Boolean)
    ? undefined
    : (slot: number, offset: number) => source.text(slot)?.startsWith(segment, offset) ?? false
  const shifts = chosen.map(({ anchor }) => anchor.shift)
  phraseStarts(
    chosen.map(({ lists }) => lists.frozen),
    shifts,
    segment.length,
    source.layout,
    verify,
    hits,
  )
  // An item's positions are all frozen or all in the tail, so the tails are intersected on their own.
  if (chosen.every(({ lists }) => lists.tail.length > 0))
    phraseStarts(
      chosen.map(({ lists }) => lists.tail),
      shifts,
      segment.length,
      source.layout,
      verify,
      hits,
    )
  return hits
}

// Letters and digits only: every occurrence lies inside one indexed word, at that word's position
// plus where the segment sits in it.
function wordHits(segment: string, source: SegmentSource): SlotHits {
  const { blockBits, blockSlots, slotStarts } = source.layout
  const firsts = new Map<number, number>()
  for (const word of source.postings.wordsContaining(segment)) {
    const inside = word.indexOf(segment)
    const { frozen, tail } = source.postings.lists(word)
    for (const list of [frozen, tail]) {
      for (const position of list) {
        const slot = blockSlots[position >> blockBits] as number
        const offset = position - (slotStarts[slot] as number) + inside
        const known = firsts.get(slot)
        if (known === undefined || offset < known) firsts.set(slot, offset)
      }
    }
  }
  const hits = new SlotHits()
  for (const slot of [...firsts.keys()].sort((a, b) => a - b)) hits.push(slot, firsts.get(slot) as number)
  return hits
}

function isWord(segment: string): boolean {
  for (let index = 0; index < segment.length; index++) if (!isWordCode(segment.charCodeAt(index))) return false
  return true
}
