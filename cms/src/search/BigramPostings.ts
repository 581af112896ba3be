import type { QueryTerms } from './queryTerms'
import { isCjk, scanPairs, scanTokens } from './tokenize'
import { pairKey, tokenKey } from './tokenKey'

/** An ascending list of block numbers. */
type Postings = ArrayLike<number>

type Key = number | string

/** The lists as plain arrays and typed arrays: what an index snapshot stores (see `SearchSnapshot`). */
export interface PostingsState {
  /** The frozen lists' keys, in list order: numbers (CJK and pair keys) or words. */
  keys: Key[]
  /** `blocks.subarray(starts[i], starts[i + 1])` is the list of `keys[i]`. */
  starts: Int32Array
  blocks: Int32Array
  /** Lists grown since the last freeze (a running index's changes). */
  tail: Array<[Key, number[]]>
}

/**
 * An inverted index from token (CJK bigram or unigram, Latin word, or a pair next to punctuation)
 * to the ascending list of blocks whose text contains it. It only narrows the candidates; every
 * candidate is verified against the stored text afterwards, so it keeps no positions or frequencies.
 *
 * Lists grow in a tail of plain arrays; `freeze()` packs them into one `Int32Array` (4 bytes an entry,
 * outside the garbage-collected heap, so a collection never walks millions of small arrays). Block
 * numbers only grow, so a frozen list followed by its tail is still ascending.
 */
export class BigramPostings {
  private frozen = new Map<Key, number>()
  private starts: Int32Array = new Int32Array(1)
  private blocks: Int32Array = new Int32Array(0)
  private tail = new Map<Key, number[]>()
  private tailEntries = 0
  private readonly words: string[] = []

  /** Adds every token of normalized `text` for `block` (which must exceed every block added before). */
  add(block: number, text: string): void {
    scanTokens(text, (start, length, cjk) => this.push(tokenKey(text, start, length, cjk), block))
    scanPairs(text, (start) => this.push(pairKey(text, start), block))
  }

  /** Builds postings from a state `export()` gave. */
  static restore(state: PostingsState): BigramPostings {
    const postings = new BigramPostings()
    state.keys.forEach((key, position) => {
      postings.frozen.set(key, position)
      if (typeof key === 'string') postings.words.push(key)
    })
    postings.starts = state.starts
    postings.blocks = state.blocks
    for (const [key, list] of state.tail) {
      postings.tail.set(key, list)
      postings.tailEntries += list.length
      if (typeof key === 'string' && !postings.frozen.has(key)) postings.words.push(key)
    }
    return postings
  }

  /**
   * The current lists, at once and consistent: the frozen arrays are never written after a freeze, so
   * they are shared, not copied; only the (small) tail is copied.
   */
  export(): PostingsState {
    return {
      keys: [...this.frozen.keys()],
      starts: this.starts,
      blocks: this.blocks,
      tail: [...this.tail].map(([key, list]) => [key, list.slice()]),
    }
  }

  /** Entries in lists grown since the last freeze (plain arrays on the heap). */
  get unfrozen(): number {
    return this.tailEntries
  }

  /** Packs every list into the compact frozen layout (after a bulk load). */
  freeze(): void {
    const keys = [...new Set([...this.frozen.keys(), ...this.tail.keys()])]
    const starts = new Int32Array(keys.length + 1)
    let total = 0
    keys.forEach((key, position) => {
      starts[position] = total
      total += this.frozenLength(key) + (this.tail.get(key)?.length ?? 0)
    })
    starts[keys.length] = total
    const blocks = new Int32Array(total)
    const frozen = new Map<Key, number>()
    keys.forEach((key, position) => {
      const offset = starts[position] as number
      const old = this.frozenList(key)
      blocks.set(old, offset)
      blocks.set(this.tail.get(key) ?? [], offset + old.length)
      frozen.set(key, position)
    })
    this.frozen = frozen
    this.starts = starts
    this.blocks = blocks
    this.tail = new Map()
    this.tailEntries = 0
  }

  /**
   * The blocks that hold every required token and pair and, per fragment, some word containing it;
   * the rarest list drives the work. `undefined` when the terms narrow nothing (the caller scans).
   */
  candidates(terms: Pick<QueryTerms, 'required' | 'pairs' | 'fragments'>): number[] | undefined {
    const keys = [
      ...terms.required.map((token) => tokenKey(token, 0, token.length, isCjk(token[0] as string))),
      ...terms.pairs.map((pair) => pairKey(pair, 0)),
    ]
    const lists: Postings[] = []
    for (const key of keys) {
      const list = this.list(key)
      if (list.length === 0) return []
      lists.push(list)
    }
    for (const fragment of terms.fragments) lists.push(this.wordsContaining(fragment))
    if (lists.length === 0) return undefined
    lists.sort((a, b) => a.length - b.length)
    let result = Array.from(lists[0] as Postings)
    for (const list of lists.slice(1)) result = intersect(result, list)
    return result
  }

  private list(key: Key): Postings {
    const tail = this.tail.get(key)
    const frozen = this.frozenList(key)
    if (!tail) return frozen
    return frozen.length === 0 ? tail : [...frozen, ...tail]
  }

  private frozenList(key: Key): Int32Array {
    const position = this.frozen.get(key)
    if (position === undefined) return this.blocks.subarray(0, 0)
    return this.blocks.subarray(this.starts[position], this.starts[position + 1])
  }

  private frozenLength(key: Key): number {
    const position = this.frozen.get(key)
    return position === undefined ? 0 : (this.starts[position + 1] as number) - (this.starts[position] as number)
  }

  private wordsContaining(fragment: string): number[] {
    const blocks = new Set<number>()
    for (const word of this.words) {
      if (word.includes(fragment)) for (const block of Array.from(this.list(word))) blocks.add(block)
    }
    return [...blocks].sort((a, b) => a - b)
  }

  private push(key: Key, block: number): void {
    const list = this.tail.get(key)
    if (!list) {
      this.tailEntries++
      this.tail.set(key, [block])
      if (typeof key === 'string' && !this.frozen.has(key)) this.words.push(key)
    } else if (list[list.length - 1] !== block) {
      this.tailEntries++
      list.push(block)
    }
  }
}

// Walks both lists when their sizes are close, else looks each of the few up in the long one.
function intersect(few: readonly number[], many: Postings): number[] {
  if (many.length > few.length * 16) return few.filter((block) => contains(many, block))
  const both: number[] = []
  let j = 0
  for (const block of few) {
    while (j < many.length && (many[j] as number) < block) j++
    if (j < many.length && many[j] === block) both.push(block)
  }
  return both
}

function contains(sorted: Postings, value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const found = sorted[middle] as number
    if (found === value) return true
    if (found < value) low = middle + 1
    else high = middle - 1
  }
  return false
}
