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
  const pinyin = pinyinMatches(index, terms, reader, common)
  const slots = new Int32Array(common.slots.length + pinyin.length)
  let byText = 0
  for (let position = 0; position < common.slots.length; position++) {
    const slot = common.slots[position] as number
    if (canSee(index, slot, reader)) slots[byText++] = slot
  }
  slots.set(pinyin, byText)
  const firsts = hits.map((segment) => firstsOf(segment, slots, byText))
  return { slots: slots.subarray(0, byText + pinyin.length), byText, firsts }
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

// A segment's first offsets for the first `count` of `slots` (ascending, each among the segment's hits).
function firstsOf(hits: SlotHits, slots: Int32Array, count: number): Int32Array {
  const firsts = new Int32Array(count)
  let cursor = 0
  for (let position = 0; position < count; position++) {
    while (hits.slots[cursor] !== slots[position]) cursor++
    firsts[position] = hits.firsts[cursor] as number
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
