import type lunr from 'lunr'
import { buildShardIndex, type ShardEntry } from './buildShardIndex'
import type { QueryTerms } from './queryTerms'
import { requireAllTerms } from './requireAllTerms'

/**
 * lunr indexes over titles, one per block of `shardSize` slots. A change rebuilds only its block,
 * in the background, and swaps it in whole: queries meanwhile use the previous index.
 */
export class LunrShards {
  private readonly shards: lunr.Index[] = []
  private readonly dirty = new Set<number>()
  private timer: NodeJS.Timeout | undefined
  private settled: Promise<void> = Promise.resolve()

  constructor(
    private readonly shardSize: number,
    private readonly entriesOf: (from: number, to: number) => ShardEntry[],
  ) {}

  /** Builds every shard up to `slotCount` at once (start-up). */
  buildAll(slotCount: number): void {
    for (let shard = 0; shard * this.shardSize < slotCount; shard++) this.rebuild(shard)
  }

  /** Notes that `slot` changed; its shard is rebuilt shortly. */
  changed(slot: number): void {
    this.dirty.add(Math.floor(slot / this.shardSize))
    if (this.timer) return
    this.settled = new Promise((resolve) => {
      this.timer = setTimeout(() => {
        this.timer = undefined
        void this.rebuildDirty().then(resolve)
      }, 50)
    })
  }

  /** Resolves when every pending rebuild is done. */
  idle(): Promise<void> {
    return this.settled
  }

  /**
   * lunr's score per slot for items whose title holds every required term, asking only the shards
   * that hold one of `slots` (the verified title matches), so the work stays bounded.
   */
  scores(terms: QueryTerms, slots: Iterable<number>): Map<number, number> {
    const scores = new Map<number, number>()
    if (terms.required.length === 0) return scores
    const build = requireAllTerms(terms)
    const shards = new Set<number>()
    for (const slot of slots) shards.add(Math.floor(slot / this.shardSize))
    for (const shard of shards) {
      for (const result of this.shards[shard]?.query(build) ?? []) scores.set(Number(result.ref), result.score)
    }
    return scores
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
  }
}
