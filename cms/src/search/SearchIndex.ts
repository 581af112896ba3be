import type lunr from 'lunr'
import { AnswerCache } from './AnswerCache'
import { BigramPostings, type PostingsState } from './BigramPostings'
import type { ShardEntry } from './buildShardIndex'
import { FacetRegistry } from './FacetRegistry'
import { facetNames, facetValues } from './facetValues'
import { LunrShards } from './LunrShards'
import { normalizeText } from './normalizeText'
import type { QueryTerms } from './queryTerms'
import { documentKey, type SearchDocument } from './SearchDocument'
import { maxQueryLength } from './searchParams'
import { titleSyllables } from './titleSyllables'

/** An item in the index: the document, its normalized text (same offsets as the original) and title pinyin. */
export interface IndexedItem {
  slot: number
  doc: SearchDocument
  /** Normalized `title \n summary \n body`; `title` and `summary` are its first two parts. */
  text: string
  title: string
  summary: string
  syllables: string[]
  /** Ids of its facet values in the index's `facets` registry. */
  facetIds: number[]
}

/** The index at one moment, as a snapshot stores it; `capture()` gives it without copying the large parts. */
export interface IndexState {
  shardSize: number
  /** Every slot: the live item, or `undefined` for a slot emptied by a change. */
  items: ReadonlyArray<Pick<IndexedItem, 'doc' | 'text' | 'syllables'> | undefined>
  /** The slot of each postings block. */
  blockSlots: Int32Array
  postings: PostingsState
  /** lunr's shards (built, or as lunr's JSON when read from a snapshot) and those waiting for a rebuild. */
  shards: { shards: ReadonlyArray<lunr.Index | object>; dirty: readonly number[] }
}

/** How many slots one lunr shard covers; a change rebuilds one shard. */
const defaultShardSize = 1024
/**
 * Postings entries a bulk build holds in plain arrays before packing them: at 100,000 long items the
 * lists hold ~350 M entries, several GB as arrays on the heap and a quarter of that packed.
 */
const maxUnfrozen = 32 * 2 ** 20
/** Characters per postings block; each block also holds the next `blockOverlap` characters. */
const blockSize = 512
/** As long as the longest query, so every occurrence lies whole inside the block where it starts. */
const blockOverlap = maxQueryLength

/**
 * The in-memory search index: every published item in a slot; its normalized text cut into blocks
 * of `blockSize` characters, with a bigram postings index over the blocks; and sharded lunr indexes
 * over titles for ranking. The postings propose blocks, and a phrase is verified in the block's
 * few hundred characters rather than in the whole item. Writers replace whole items (a new slot;
 * the old one is emptied), so readers never see an item half-updated.
 */
export class SearchIndex {
  private readonly items: Array<IndexedItem | undefined> = []
  private readonly slotByKey = new Map<string, number>()
  private postings = new BigramPostings()
  private blockSlots: number[] = []
  private blockTexts: string[] = []
  private readonly shards: LunrShards
  /** Every facet value of every item, numbered. */
  readonly facets = new FacetRegistry()
  /** Recent serialized answers; cleared on every change to the index. */
  readonly answers = new AnswerCache()

  constructor(
    documents: Iterable<SearchDocument> = [],
    private readonly shardSize = defaultShardSize,
  ) {
    this.shards = new LunrShards(
      shardSize,
      (from, to) => this.shardEntries(from, to),
      () => this.answers.clear(),
    )
    for (const doc of documents) {
      this.place(doc)
      if (this.postings.unfrozen >= maxUnfrozen) this.postings.freeze()
    }
    this.postings.freeze()
    this.shards.buildAll(this.items.length)
  }

  /** An index exactly as `capture()` saw it: no text is normalized or tokenized again. */
  static restore(state: IndexState): SearchIndex {
    const index = new SearchIndex([], state.shardSize)
    state.items.forEach((item, slot) => {
      if (!item) {
        index.items.push(undefined)
        return
      }
      const title = item.text.slice(0, item.doc.title.length)
      const summary = item.text.slice(title.length + 1, title.length + 1 + item.doc.summary.length)
      index.items.push({
        slot,
        doc: item.doc,
        text: item.text,
        title,
        summary,
        syllables: item.syllables,
        facetIds: index.facetIdsOf(item.doc),
      })
      index.slotByKey.set(documentKey(item.doc), slot)
    })
    index.blockSlots = Array.from(state.blockSlots)
    // An item's blocks follow each other, each `blockSize` further into its text (see `place`).
    let previous = -1
    let start = 0
    index.blockTexts = index.blockSlots.map((slot) => {
      start = slot === previous ? start + blockSize : 0
      previous = slot
      const text = index.items[slot]?.text
      return text === undefined ? '' : text.slice(start, start + blockSize + blockOverlap)
    })
    index.postings = BigramPostings.restore(state.postings)
    index.shards.restore(state.shards as { shards: object[]; dirty: number[] })
    return index
  }

  /**
   * The index as it is now, for a snapshot. Items and built lunr shards are never changed once made
   * (a change makes new ones) and frozen postings are never written, so only the slot lists and the
   * postings' small tail are copied: a change applied afterwards does not alter what was captured.
   */
  capture(): IndexState {
    return {
      shardSize: this.shardSize,
      items: this.items.slice(),
      blockSlots: Int32Array.from(this.blockSlots),
      postings: this.postings.export(),
      shards: this.shards.export(),
    }
  }

  /** The share of slots emptied by changes (each change leaves one); a fresh build has none. */
  get emptiedShare(): number {
    return this.items.length === 0 ? 0 : 1 - this.slotByKey.size / this.items.length
  }

  /** Adds or replaces an item; its lunr shard is rebuilt in the background. */
  upsert(doc: SearchDocument): void {
    this.remove(doc)
    this.shards.changed(this.place(doc))
    this.answers.clear()
  }

  /** Removes an item (unpublished, deleted or no longer readable by anyone outside staff). */
  remove(doc: Pick<SearchDocument, 'type' | 'id'>): void {
    const key = documentKey(doc)
    const slot = this.slotByKey.get(key)
    if (slot === undefined) return
    this.items[slot] = undefined
    this.slotByKey.delete(key)
    this.shards.changed(slot)
    this.answers.clear()
  }

  /**
   * The slots (ascending) of live items whose text contains `segment` verbatim; `terms` are the
   * segment's own query terms. Blocks proposed by the postings are checked one by one; a two-character
   * segment that is itself one indexed token needs no check. Every item is scanned when the terms
   * narrow nothing (a single character).
   */
  slotsContaining(segment: string, terms: QueryTerms): number[] {
    const blocks = this.postings.candidates(terms)
    if (!blocks)
      return this.all()
        .filter((item) => item.text.includes(segment))
        .map((item) => item.slot)
    const proven = segment.length === 2 && (terms.required.includes(segment) || terms.pairs.includes(segment))
    const slots: number[] = []
    for (const block of blocks) {
      const slot = this.blockSlots[block] as number
      if (slots[slots.length - 1] === slot || !this.items[slot]) continue
      if (proven || (this.blockTexts[block] as string).includes(segment)) slots.push(slot)
    }
    return slots
  }

  /** The live item in a slot. */
  item(slot: number): IndexedItem | undefined {
    return this.items[slot]
  }

  /** Every live item. */
  all(): IndexedItem[] {
    return this.items.filter((item): item is IndexedItem => item !== undefined)
  }

  /** lunr's title score per slot, asked only of the shards holding `slots`. */
  titleScores(terms: QueryTerms, slots: Iterable<number>): Map<number, number> {
    return this.shards.scores(terms, slots)
  }

  private place(doc: SearchDocument): number {
    const slot = this.items.length
    const title = normalizeText(doc.title)
    const summary = normalizeText(doc.summary)
    const text = `${title}\n${summary}\n${normalizeText(doc.body)}`
    this.items.push({ slot, doc, text, title, summary, syllables: titleSyllables(title), facetIds: this.facetIdsOf(doc) })
    this.slotByKey.set(documentKey(doc), slot)
    for (let start = 0; start < text.length; start += blockSize) {
      const block = this.blockTexts.length
      const blockText = text.slice(start, start + blockSize + blockOverlap)
      this.blockSlots.push(slot)
      this.blockTexts.push(blockText)
      this.postings.add(block, blockText)
    }
    return slot
  }

  private facetIdsOf(doc: SearchDocument): number[] {
    return this.facets.idsOf(Object.fromEntries(facetNames.map((facet) => [facet, facetValues(doc, facet)])) as never)
  }

  private shardEntries(from: number, to: number): ShardEntry[] {
    const entries: ShardEntry[] = []
    for (let slot = from; slot < Math.min(to, this.items.length); slot++) {
      const item = this.items[slot]
      if (item) entries.push({ slot, title: item.doc.title })
    }
    return entries
  }
}
