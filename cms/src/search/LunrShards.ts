import lunr from 'lunr'
import { buildShardIndex, type ShardEntry } from './buildShardIndex'
import type { QueryTerms } from './queryTerms'
import { type LunrInternals, TitleVectors } from './TitleVectors'

/**
 * lunr indexes over titles, one per block of `shardSize` slots. A change rebuilds only its block,
 * in the background, and swaps it in whole: queries meanwhile use the previous index.
 */
export class LunrShards {
  /** Built shards, and shards read from a snapshot as lunr's JSON, loaded on their first scoring. */
  private readonly shards: Array<lunr.Index | Uint8Array> = []
  private readonly dirty = new Set<number>()
  /** Each built shard's title vectors, packed on its first scoring; dropped with the shard. */
  private readonly vectors = new WeakMap<object, TitleVectors>()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly shardSize: number,
    private readonly entriesOf: (from: number, to: number) => ShardEntry[],
    private readonly swapped: () => void,
  ) {}

  /** Builds every shard up to `slotCount` at once (start-up). */
  buildAll(slotCount: number): void {
    for (let shard = 0; shard * this.shardSize < slotCount; shard++) this.rebuild(shard)
  }

  /**
   * Every shard (built, or lunr's JSON not loaded yet; an index snapshot stores them as lunr's JSON)
   * and the shards still waiting for a rebuild. Shards are never changed, only replaced (a loaded one
   * by its equal), so this list is consistent at once.
   */
  export(): { shards: Array<lunr.Index | Uint8Array>; dirty: number[] } {
    return { shards: this.shards.slice(), dirty: [...this.dirty] }
  }

  /**
   * Takes the shards `export()` gave. Those stored as lunr's JSON are loaded on their first scoring:
   * loading all of them (lunr rebuilds each token set) would delay a restarted index becoming searchable.
   * Dirty ones are rebuilt shortly.
   */
  restore(state: { shards: ReadonlyArray<lunr.Index | Uint8Array>; dirty: readonly number[] }): void {
    this.shards.push(...state.shards)
    for (const shard of state.dirty) this.changed(shard * this.shardSize)
    this.swapped()
  }

  /** Notes that `slot` changed; its shard is rebuilt shortly. */
  changed(slot: number): void {
    this.dirty.add(Math.floor(slot / this.shardSize))
    if (this.timer) return
    // A burst of changes (an import, a bulk publish) costs one rebuild per shard.
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.rebuildDirty()
    }, 50)
    this.timer.unref()
  }

  /**
   * lunr's score for each of `slots` (the verified title matches; 0 where a shard does not know the
   * slot yet): what `Index.query` with every required term would give them, read straight from the
   * shard's inverted index and precomputed BM25 field vectors. lunr's own query walks its token set
   * for every term in every shard, which with thousands of distinct first characters costs more than
   * the whole rest of a search.
   */
  scores(terms: Pick<QueryTerms, 'required'>, slots: readonly number[]): Float64Array {
    const scores = new Float64Array(slots.length)
    let current = -1
    let vectors: TitleVectors | undefined
    let termIndexes: number[] = []
    for (let position = 0; position < slots.length; position++) {
      const slot = slots[position] as number
      const shard = Math.floor(slot / this.shardSize)
      if (shard !== current) {
        current = shard
        const index = this.loaded(shard) as unknown as LunrInternals | undefined
        vectors = index && this.vectorsOf(index, shard)
        termIndexes = terms.required.flatMap((term) => {
          const posting = index?.invertedIndex[term]
          return posting ? [posting._index] : []
        })
      }
      if (vectors) scores[position] = vectors.score(slot - shard * this.shardSize, termIndexes)
    }
    return scores
  }

  // A shard as a lunr index, loaded from its JSON (lunr's registered pipeline functions make it loadable) on first use.
  private loaded(shard: number): lunr.Index | undefined {
    const stored = this.shards[shard]
    if (!(stored instanceof Uint8Array)) return stored
    const index = lunr.Index.load(JSON.parse(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString('utf8')))
    this.shards[shard] = index
    return index
  }

  // A built shard's title vectors, packed on its first scoring.
  private vectorsOf(index: LunrInternals, shard: number): TitleVectors {
    let vectors = this.vectors.get(index)
    if (!vectors) {
      vectors = TitleVectors.pack(index, shard * this.shardSize, this.shardSize)
      this.vectors.set(index, vectors)
    }
    return vectors
  }

  private async rebuildDirty(): Promise<void> {
    for (const shard of [...this.dirty]) {
      this.dirty.delete(shard)
      this.rebuild(shard)
      // Let waiting queries run between shards.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  private rebuild(shard: number): void {
    const from = shard * this.shardSize
    this.shards[shard] = buildShardIndex(this.entriesOf(from, from + this.shardSize))
    this.swapped()
  }
}
