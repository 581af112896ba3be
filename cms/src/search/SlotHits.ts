/**
 * Slots in ascending order, each with an offset into its text (where a phrase first occurs in it),
 * in growing typed arrays: a query collecting 100,000 hits makes a few arrays, not 100,000 objects.
 */
export class SlotHits {
  slots: Int32Array
  firsts: Int32Array
  count = 0

  /** `capacity`: how many hits are expected at most (more still fit, at the cost of copying). */
  constructor(capacity = 256) {
    this.slots = new Int32Array(Math.max(1, capacity))
    this.firsts = new Int32Array(Math.max(1, capacity))
  }

  /** Appends a hit; `slot` must exceed every slot appended before. */
  push(slot: number, first: number): void {
    if (this.count === this.slots.length) {
      this.slots = grown(this.slots)
      this.firsts = grown(this.firsts)
    }
    this.slots[this.count] = slot
    this.firsts[this.count] = first
    this.count++
  }

  /** The hits whose slot is also in `other`, keeping this list's offsets (both ascending). */
  within(other: SlotHits): SlotHits {
    const both = new SlotHits()
    for (let i = 0, j = 0; i < this.count && j < other.count; ) {
      const mine = this.slots[i] as number
      const theirs = other.slots[j] as number
      if (mine === theirs) both.push(mine, this.firsts[i] as number)
      if (mine <= theirs) i++
      if (theirs <= mine) j++
    }
    return both
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}
