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
  slots: number[]
  /** How many of `slots` match by their text; the rest match by title pinyin. */
  byText: number
  /** Per query segment, where it first occurs in each text match's text (aligned with `slots`). */
  firsts: number[][]
}

/**
 * Every item the reader may see that contains each part of the query verbatim (after normalization),
 * plus, for a query of Latin letters, items whose title it spells in pinyin or initials.
 * Matching is exact (see `segmentHits`), so there are no false hits.
 */
export function findMatches(index: SearchIndex, terms: QueryTerms, reader: Reader): Matches {
  const hits = terms.segments.map((segment) => index.slotsContaining(segment))
  const [first, ...others] = hits
  if (!first) return { slots: [], byText: 0, firsts: [] }
  const common = others.reduce((both, next) => both.within(next), first)
  const pinyin = pinyinMatches(index, terms, reader, common)
  const slots: number[] = []
  for (const slot of common.slots) if (canSee(index, slot, reader)) slots.push(slot)
  const firsts = hits.map((segment) => firstsOf(segment, slots))
  const byText = slots.length
  for (const slot of pinyin) slots.push(slot)
  return { slots, byText, firsts }
}

// Whether the reader may see a live slot; only items restricted to organizations need their document read.
function canSee(index: SearchIndex, slot: number, reader: Reader): boolean {
  const code = index.columns.access[slot] as number
  if (code === accessCodes.emptied) return false
  if (code === accessCodes.public || reader.kind === 'staff') return true
  if (reader.kind === 'anonymous') return false
  if (code === accessCodes.members) return true
  const doc = index.item(slot)?.doc
  return doc !== undefined && canReaderSee(doc, reader)
}

// A segment's first offsets in `slots` (ascending, each among the segment's hits).
function firstsOf(hits: SlotHits, slots: readonly number[]): number[] {
  const firsts: number[] = []
  let cursor = 0
  for (const slot of slots) {
    while (hits.slots[cursor] !== slot) cursor++
    firsts.push(hits.firsts[cursor] as number)
  }
  return firsts
}

// Items the reader may see whose title a query of Latin letters spells in pinyin, and whose text does not hold it.
function pinyinMatches(index: SearchIndex, terms: QueryTerms, reader: Reader, byText: SlotHits): number[] {
  const [only] = terms.segments
  if (terms.segments.length !== 1 || !only || !/^[a-z]{2,}$/.test(only)) return []
  const found = new Set(byText.slots)
  const slots: number[] = []
  for (const item of index.all()) {
    if (!found.has(item.slot) && canReaderSee(item.doc, reader) && matchPinyin(item.syllables, only)) slots.push(item.slot)
  }
  return slots
}
