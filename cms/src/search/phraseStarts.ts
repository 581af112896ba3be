import type { SlotHits } from './SlotHits'

/** Where each slot's positions lie: a block's slot, and each slot's first position and end. */
export interface PositionLayout {
  /** Positions are `block * blockSize + offset`; this is log2 of `blockSize`. */
  blockBits: number
  blockSlots: ArrayLike<number>
  /** A slot's text starts at `slotStarts[slot]`; its blocks end at `slotEnds[slot]`. */
  slotStarts: ArrayLike<number>
  slotEnds: ArrayLike<number>
}

/**
 * Finds, slot by slot, the first place where a phrase of `length` characters starts such that every
 * list holds a token at that start plus its shift, and records the slot and that offset in its text.
 * The lists are intersected leapfrog fashion: each jumps (galloping) to the latest start any list
 * proposes, so the work follows the rarest list, not the longest; after a slot matches, every list
 * jumps past the rest of that slot. `verify` checks the text where the lists do not prove every
 * character of the phrase (see `segmentAnchors`).
 */
export function phraseStarts(
  lists: ReadonlyArray<ArrayLike<number>>,
  shifts: readonly number[],
  length: number,
  layout: PositionLayout,
  verify: ((slot: number, offset: number) => boolean) | undefined,
  hits: SlotHits,
): void {
  const count = lists.length
  const cursors = new Int32Array(count)
  const driver = lists[0] as ArrayLike<number>
  let target = 0
  for (;;) {
    let start = target
    let agreed = 0
    for (let next = 0; agreed < count; next = next + 1 === count ? 0 : next + 1) {
      const list = lists[next] as ArrayLike<number>
      const shift = shifts[next] as number
      const at = seek(list, cursors[next] as number, start + shift)
      if (at === list.length) return
      cursors[next] = at
      const found = (list[at] as number) - shift
      if (found === start) agreed++
      else {
        start = found
        agreed = 1
      }
    }
    // The slot of a token the phrase holds (its start may lie before the slot, which rules it out).
    const slot = layout.blockSlots[(driver[cursors[0] as number] as number) >> layout.blockBits] as number
    const from = layout.slotStarts[slot] as number
    const end = layout.slotEnds[slot] as number
    if (start >= from && start + length <= end && (verify === undefined || verify(slot, start - from))) {
      hits.push(slot, start - from)
      target = end
    } else target = start + 1
  }
}

// The first index at or after `from` whose value is at least `target`: a few entries read in turn
// (a list holds a token a few times per item), then steps doubling each time and a binary search
// back, so a short jump costs a few reads and a long one a logarithm.
function seek(list: ArrayLike<number>, from: number, target: number): number {
  const near = Math.min(from + 8, list.length)
  let at = from
  while (at < near && (list[at] as number) < target) at++
  if (at < near || at === list.length) return at
  let low = at - 1
  let step = 8
  let high = at
  while (high < list.length && (list[high] as number) < target) {
    low = high
    step += step
    high = low + step
  }
  if (high > list.length) high = list.length
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    if ((list[middle] as number) < target) low = middle
    else high = middle
  }
  return high
}
