/** The parts of a built lunr index that scoring reads (public in lunr's source, untyped in @types/lunr). */
export interface LunrInternals {
  invertedIndex: Record<string, { _index: number } | undefined>
  fieldVectors: Record<string, { elements: number[] } | undefined>
}

/**
 * One lunr shard's title field vectors packed by slot into three typed arrays: slot `s` (counted from
 * the shard's first) has terms `terms[starts[s]] … terms[starts[s + 1] - 1]` (ascending) with BM25
 * weights `values[…]`. Scoring thousands of title matches then reads a few contiguous arrays instead
 * of a lunr vector object per slot scattered over the heap.
 */
export class TitleVectors {
  private constructor(
    private readonly starts: Int32Array,
    private readonly terms: Int32Array,
    private readonly values: Float64Array,
  ) {}

  /** Packs the vectors of a shard covering `size` slots from `firstSlot`. */
  static pack(index: LunrInternals, firstSlot: number, size: number): TitleVectors {
    const bySlot: Array<readonly number[] | undefined> = []
    let entries = 0
    for (const [ref, vector] of Object.entries(index.fieldVectors)) {
      if (!vector || !ref.startsWith('title/')) continue
      bySlot[Number(ref.slice('title/'.length)) - firstSlot] = vector.elements
      entries += vector.elements.length / 2
    }
    const starts = new Int32Array(size + 1)
    const terms = new Int32Array(entries)
    const values = new Float64Array(entries)
    let at = 0
    for (let slot = 0; slot < size; slot++) {
      starts[slot] = at
      const elements = bySlot[slot] ?? []
      for (let pair = 0; pair < elements.length; pair += 2, at++) {
        terms[at] = elements[pair] as number
        values[at] = elements[pair + 1] as number
      }
    }
    starts[size] = at
    return new TitleVectors(starts, terms, values)
  }

  /** The sum of a slot's weights for `termIndexes`, added in their order (as lunr adds them). */
  score(slot: number, termIndexes: readonly number[]): number {
    const from = this.starts[slot] as number
    const to = this.starts[slot + 1] as number
    let score = 0
    for (const term of termIndexes) {
      let low = from
      let high = to - 1
      while (low <= high) {
        const middle = (low + high) >>> 1
        const found = this.terms[middle] as number
        if (found === term) {
          score += this.values[middle] as number
          break
        }
        if (found < term) low = middle + 1
        else high = middle - 1
      }
    }
    return score
  }
}
