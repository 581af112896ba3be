import { canReaderSee } from './canReaderSee'
import { matchPinyin } from './matchPinyin'
import type { QueryTerms } from './queryTerms'
import type { Reader } from './Reader'
import type { IndexedItem, SearchIndex } from './SearchIndex'

/** An item that matches a query, and whether it matched by title pinyin rather than by its text. */
export interface Match {
  item: IndexedItem
  byPinyin: boolean
}

function containsAll(text: string, segments: readonly string[]): boolean {
  for (const segment of segments) if (!text.includes(segment)) return false
  return true
}

/**
 * Every item the reader may see that contains each part of the query verbatim (after normalization),
 * plus, for a query of Latin letters, items whose title it spells in pinyin or initials.
 * The postings only propose candidates; the verbatim check decides, so there are no false hits.
 */
export function findMatches(index: SearchIndex, terms: QueryTerms, reader: Reader): Match[] {
  const matches: Match[] = []
  // A two-character CJK part is one bigram: the postings already prove it is there.
  const toVerify = terms.segments.filter((segment) => !(segment.length === 2 && terms.required.includes(segment)))
  for (const item of index.candidates(terms)) {
    if (canReaderSee(item.doc, reader) && containsAll(item.text, toVerify)) matches.push({ item, byPinyin: false })
  }
  const [only] = terms.segments
  if (terms.segments.length === 1 && only && /^[a-z]{2,}$/.test(only)) {
    const found = new Set(matches.map((match) => match.item.slot))
    for (const item of index.all()) {
      if (!found.has(item.slot) && canReaderSee(item.doc, reader) && matchPinyin(item.syllables, only))
        matches.push({ item, byPinyin: true })
    }
  }
  return matches
}
