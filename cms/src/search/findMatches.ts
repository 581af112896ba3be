import { canReaderSee } from './canReaderSee'
import { matchPinyin } from './matchPinyin'
import { type QueryTerms, queryTerms } from './queryTerms'
import type { Reader } from './Reader'
import type { IndexedItem, SearchIndex } from './SearchIndex'

/** An item that matches a query, and whether it matched by title pinyin rather than by its text. */
export interface Match {
  item: IndexedItem
  byPinyin: boolean
}

/**
 * Every item the reader may see that contains each part of the query verbatim (after normalization),
 * plus, for a query of Latin letters, items whose title it spells in pinyin or initials.
 * The postings only propose candidates; the verbatim check decides, so there are no false hits.
 */
export function findMatches(index: SearchIndex, terms: QueryTerms, reader: Reader): Match[] {
  let slots: number[] | undefined
  for (const segment of terms.segments) {
    const found = index.slotsContaining(segment, terms.segments.length === 1 ? terms : queryTerms(segment))
    slots = slots ? intersectSorted(slots, found) : found
  }
  const matches: Match[] = []
  for (const slot of slots ?? []) {
    const item = index.item(slot)
    if (item && canReaderSee(item.doc, reader)) matches.push({ item, byPinyin: false })
  }
  const [only] = terms.segments
  if (terms.segments.length === 1 && only && /^[a-z]{2,}$/.test(only)) {
    const found = new Set(slots)
    for (const item of index.all()) {
      if (!found.has(item.slot) && canReaderSee(item.doc, reader) && matchPinyin(item.syllables, only))
        matches.push({ item, byPinyin: true })
    }
  }
  return matches
}

function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) both.push(x)
    if (x <= y) i++
    if (y <= x) j++
  }
  return both
}
