/**
 * Slots in ascending order, each with an offset into its text (where a phrase first occurs in it).
 * Plain arrays of small integers, not typed arrays: a query's lists die young and a scavenge frees
 * them, while a typed array's buffer is memory outside the heap that V8 counts towards its next full
 * collection (with 100,000 items, one every 1.5 s of queries, each marking gigabytes).
 */
export class SlotHits {
  readonly slots: number[] = []
  readonly firsts: number[] = []

  /** Appends a hit; `slot` must exceed every slot appended before. */
  push(slot: number, first: number): void {
    this.slots.push(slot)
    this.firsts.push(first)
  }

  /** The hits whose slot is also in `other`, keeping this list's offsets (both ascending). */
  within(other: SlotHits): SlotHits {
    const both = new SlotHits()
    for (let i = 0, j = 0; i < this.slots.length && j < other.slots.length; ) {
      const mine = this.slots[i] as number
      const theirs = other.slots[j] as number
      if (mine === theirs) both.push(mine, this.firsts[i] as number)
      if (mine <= theirs) i++
      if (theirs <= mine) j++
    }
    return both
  }
}
