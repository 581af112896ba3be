import type { SearchDocument } from './SearchDocument'

/** A slot's visibility as a small number: 0 for an emptied slot. */
export const accessCodes = { emptied: 0, public: 1, members: 2, organizations: 3 } as const

/** What a query reads of a slot, besides its text. */
export interface SlotFacts {
  doc: Pick<SearchDocument, 'visibility' | 'publishedAt'>
  /** The first position of its text, and the end of its last block (see `SearchIndex`). */
  start: number
  end: number
  /** Where its title ends in its text, and where its summary ends. */
  titleEnd: number
  summaryEnd: number
  facetIds: readonly number[]
}

/**
 * What a query reads of every slot, column by column in flat arrays indexed by slot, so matching,
 * counting and ranking 100,000 matches read a few arrays in order instead of 100,000 objects scattered
 * over the heap. Grows with the index; an emptied slot keeps its row with access `emptied`.
 */
export class SlotColumns {
  readonly access: number[] = []
  readonly publishedAt: number[] = []
  readonly starts: number[] = []
  readonly ends: number[] = []
  readonly titleEnds: number[] = []
  readonly summaryEnds: number[] = []
  /** Slot `s`'s facet ids are `facetIds[facetStarts[s]] … facetIds[facetStarts[s + 1] - 1]`. */
  readonly facetStarts: number[] = [0]
  readonly facetIds: number[] = []

  /** Adds the next slot's row. */
  append(facts: SlotFacts): void {
    this.access.push(accessCodes[facts.doc.visibility])
    this.publishedAt.push(facts.doc.publishedAt)
    this.starts.push(facts.start)
    this.ends.push(facts.end)
    this.titleEnds.push(facts.titleEnd)
    this.summaryEnds.push(facts.summaryEnd)
    this.facetIds.push(...facts.facetIds)
    this.facetStarts.push(this.facetIds.length)
  }

  /** Adds the next slot's row for a slot already emptied (an index restored from a snapshot). */
  appendEmptied(start: number, end: number): void {
    this.append({ doc: { visibility: 'public', publishedAt: 0 }, start, end, titleEnd: 0, summaryEnd: 0, facetIds: [] })
    this.empty(this.access.length - 1)
  }

  /** Marks a slot emptied (its item was replaced or removed). */
  empty(slot: number): void {
    this.access[slot] = accessCodes.emptied
  }
}
