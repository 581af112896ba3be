import type { PostingKey, PostingsState } from './BigramPostings'

/** Postings as a snapshot stores them: one frozen layout, each key's tail appended to its frozen list. */
export interface PackedPostings {
  keys: PostingKey[]
  starts: Int32Array
  /** The lists one after another, a few megabytes at a time (views of the index's own arrays where nothing was appended). */
  blocks: Iterable<Int32Array>
}

/** Entries copied per piece of `blocks`. */
const pieceEntries = 2 ** 20

/**
 * Packs the tail into the frozen layout, as `BigramPostings.freeze()` would, without building the whole
 * array: a running index that took thousands of changes holds most of its postings in the tail, which
 * as JSON made its snapshot large and slow to write and to read. Positions only grow, so a frozen list
 * followed by its tail stays ascending.
 */
export function packPostings(postings: PostingsState): PackedPostings {
  if (postings.tail.length === 0) return { keys: postings.keys, starts: postings.starts, blocks: [postings.blocks] }
  const tail = new Map(postings.tail)
  const frozenAt = new Map(postings.keys.map((key, position) => [key, position]))
  const keys = [...postings.keys, ...postings.tail.map(([key]) => key).filter((key) => !frozenAt.has(key))]
  const frozen = (key: PostingKey) => {
    const position = frozenAt.get(key)
    return position === undefined ? undefined : postings.blocks.subarray(postings.starts[position], postings.starts[position + 1])
  }
  const starts = new Int32Array(keys.length + 1)
  let total = 0
  keys.forEach((key, position) => {
    starts[position] = total
    total += (frozen(key)?.length ?? 0) + (tail.get(key)?.length ?? 0)
  })
  starts[keys.length] = total
  return { keys, starts, blocks: pieces(keys, frozen, tail) }
}

function* pieces(
  keys: readonly PostingKey[],
  frozen: (key: PostingKey) => Int32Array | undefined,
  tail: ReadonlyMap<PostingKey, number[]>,
): Generator<Int32Array> {
  let piece = new Int32Array(pieceEntries)
  let used = 0
  for (const key of keys)
    for (const list of [frozen(key), tail.get(key)]) {
      for (let from = 0; list && from < list.length; ) {
        const count = Math.min(list.length - from, piece.length - used)
        piece.set(list instanceof Int32Array ? list.subarray(from, from + count) : list.slice(from, from + count), used)
        used += count
        from += count
        if (used === piece.length) {
          yield piece
          piece = new Int32Array(pieceEntries)
          used = 0
        }
      }
    }
  yield piece.subarray(0, used)
}
