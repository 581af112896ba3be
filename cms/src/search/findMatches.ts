import { canReaderSee } from './canReaderSee'
import { matchPinyin } from './matchPinyin'
import type { QueryTerms } from './queryTerms'
import type { Reader } from './Reader'
import type { SearchIndex } from './SearchIndex'
import { accessCodes } from './SlotColumns'
import type { SlotHits } from './SlotHits'

/** The items a query matches, as slots. */
export interface Matches {
  /** The matching slots the reader may see: text matches in ascending order, then title-pinyin matches. */
  slots: Int32Array
  /** How many of `slots` match by their text; the rest match by title pinyin. */
  byText: number
  /** Per query segment, where it first occurs in each text match's text (aligned with `slots`). */
  firsts: Int32Array[]
}

/**
 * Every item the reader may see that contains each part of the query verbatim (after normalization),
 * plus, for a query of Latin letters, items whose title it spells in pinyin or initials.
 * Matching is exact (see `segmentHits`), so there are no false hits.
 */
export function findMatches(index: SearchIndex, terms: QueryTerms, reader: Reader): Matches {
  const hits = terms.segments.map((segment) => index.slotsContaining(segment))
  const [first, ...others] = hits
  if (!first) return { slots: new Int32Array(0), byText: 0, firsts: [] }
  const common = others.reduce((both, next) => both.within(next), first)
  const seen = visible(index, common, reader)
  const slots: number[] = []
  const firsts = hits.map(() => [] as number[])
  const cursors = hits.map(() => 0)
  for (const position of seen) {
    const slot = common.slots[position] as number
    slots.push(slot)
    hits.forEach((segment, which) => {
      let cursor = cursors[which] as number
      while (segment.slots[cursor] !== slot) cursor++
      cursors[which] = cursor
      ;(firsts[which] as number[]).push(segment.firsts[cursor] as number)
    })
  }
  const byText = slots.length
  const [only] = terms.segments
  if (terms.segments.length === 1 && only && /^[a-z]{2,}$/.test(only)) {
    const found = new Set(slots)
    for (const item of index.all()) {
      if (!found.has(item.slot) && canReaderSee(item.doc, reader) && matchPinyin(item.syllables, only)) slots.push(item.slot)
    }
  }
  return { slots: Int32Array.from(slots), byText, firsts: firsts.map((list) => Int32Array.from(list)) }
}

// The positions in `hits` of live slots the reader may see; only items restricted to organizations
// need their document read.
function visible(index: SearchIndex, hits: SlotHits, reader: Reader): number[] {
  const { access } = index.columns
  const seen: number[] = []
  for (let position = 0; position < hits.count; position++) {
    const slot = hits.slots[position] as number
    const code = access[slot] as number
    if (code === accessCodes.emptied) continue
    if (code === accessCodes.public || reader.kind === 'staff') seen.push(position)
    else if (reader.kind === 'anonymous') continue
    else if (code === accessCodes.members) seen.push(position)
    else {
      const doc = index.item(slot)?.doc
      if (doc && canReaderSee(doc, reader)) seen.push(position)
    }
  }
  return seen
}
