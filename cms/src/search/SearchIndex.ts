import { facetNames } from '@xuexi/contract/search/SearchResponse'
import type lunr from 'lunr'
import { AnswerCache } from './AnswerCache'
import { BigramPostings, type PostingsState } from './BigramPostings'
import type { ShardEntry } from './buildShardIndex'
import { FacetRegistry } from './FacetRegistry'
import { facetValues } from './facetValues'
import { LunrShards } from './LunrShards'
import { normalizeText } from './normalizeText'
import type { PositionLayout } from './phraseStarts'
import type { QueryTerms } from './queryTerms'
import { documentKey, type SearchDocument } from './SearchDocument'
import { SlotColumns, type SlotFacts } from './SlotColumns'
import type { SlotHits } from './SlotHits'
import { segmentHits } from './segmentHits'
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
}

/** The index at one moment, as a snapshot stores it; `capture()` gives it without copying the large parts. */
export interface IndexState {
  shardSize: number
  /** Every slot: the live item, or `undefined` for a slot emptied by a change. */
  items: ReadonlyArray<IndexedItem | undefined>
  /** The slot of each block of positions (see `SearchIndex`). */
  blockSlots: Int32Array
  postings: PostingsState
  /** lunr's shards (built, or lunr's JSON as a snapshot stores it, not loaded yet) and those waiting for a rebuild. */
  shards: { shards: ReadonlyArray<lunr.Index | Uint8Array>; dirty: readonly number[] }
}

/** How many slots one lunr shard covers; a change rebuilds one shard. */
const defaultShardSize = 1024
/**
 * Postings entries a bulk build holds in plain arrays before packing them: at 100,000 long items the
 * lists hold ~350 M entries, several GB as arrays on the heap and a quarter of that packed.
 */
const maxUnfrozen = 32 * 2 ** 20
/** Positions are `block * 2 ** blockBits + offset`: each item's text takes whole blocks of this many characters. */
const blockBits = 9
const blockSize = 2 ** blockBits
/** Positions are stored as 32-bit integers. */
const maxPosition = 2 ** 31 - 1

/**
 * The in-memory search index: every published item in a slot; a positional postings index over the
 * items' normalized texts; what a query reads per slot in flat columns; and sharded lunr indexes over
 * titles for ranking. Each text takes consecutive blocks of `blockSize` positions (the rest of its
 * last block stays unused), so a position's slot is one array read (`blockSlots`). Writers replace
 * whole items (a new slot; the old one is emptied), so readers never see an item half-updated.
 */
export class SearchIndex {
  private readonly items: Array<IndexedItem | undefined> = []
  private readonly slotByKey = new Map<string, number>()
  private postings = new BigramPostings()
  private blockSlots: number[] = []
  /** What matching, counting and ranking read per slot. */
  readonly columns = new SlotColumns()
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
    index.blockSlots = Array.from(state.blockSlots)
    // An item's blocks follow each other (see `place`): its first and one past its last.
    const firstBlocks: number[] = []
    index.blockSlots.forEach((slot, block) => {
      firstBlocks[slot] ??= block
    })
    state.items.forEach((item, slot) => {
      const start = (firstBlocks[slot] as number) * blockSize
      const end = (firstBlocks[slot + 1] ?? index.blockSlots.length) * blockSize
      if (!item) {
        index.items.push(undefined)
        index.columns.appendEmptied(start, end)
        return
      }
      index.items.push(item)
      index.columns.append(index.factsOf(item.doc, start, end, item.title, item.summary))
      index.slotByKey.set(documentKey(item.doc), slot)
    })
    index.postings = BigramPostings.restore(state.postings)
    index.shards.restore(state.shards)
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
    this.columns.empty(slot)
    this.slotByKey.delete(key)
    this.shards.changed(slot)
    this.answers.clear()
  }

  /**
   * The slots (ascending; emptied ones too, which the caller drops) whose text contains `segment`
   * verbatim, with where it first occurs in each (see `segmentHits`).
   */
  slotsContaining(segment: string): SlotHits {
    return segmentHits(segment, {
      postings: this.postings,
      layout: this.layout(),
      slotCount: this.items.length,
      text: (slot) => this.items[slot]?.text,
    })
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
  titleScores(terms: QueryTerms, slots: readonly number[]): Float64Array {
    return this.shards.scores(terms, slots)
  }

  private place(doc: SearchDocument): number {
    const slot = this.items.length
    const title = normalizeText(doc.title)
    const summary = normalizeText(doc.summary)
    const text = `${title}\n${summary}\n${normalizeText(doc.body)}`
    const start = this.blockSlots.length * blockSize
    const end = start + Math.ceil(text.length / blockSize) * blockSize
    if (end > maxPosition) throw new Error(`search index full: ${end} positions; it must be rebuilt`)
    this.items.push({ slot, doc, text, title, summary, syllables: titleSyllables(title) })
    this.slotByKey.set(documentKey(doc), slot)
    while (this.blockSlots.length * blockSize < end) this.blockSlots.push(slot)
    this.postings.add(start, text)
    this.columns.append(this.factsOf(doc, start, end, title, summary))
    return slot
  }

  private factsOf(doc: SearchDocument, start: number, end: number, title: string, summary: string): SlotFacts {
    const facetIds = this.facets.idsOf(Object.fromEntries(facetNames.map((facet) => [facet, facetValues(doc, facet)])) as never)
    return { doc, start, end, titleEnd: title.length, summaryEnd: title.length + 1 + summary.length, facetIds }
  }

  private layout(): PositionLayout {
    return { blockBits, blockSlots: this.blockSlots, slotStarts: this.columns.starts, slotEnds: this.columns.ends }
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
