import { scanPairs, scanTokens } from './tokenize'
import { pairKey, tokenKey } from './tokenKey'

/** A postings key: CJK and pair keys are numbers, Latin words strings (see `tokenKey`). */
export type PostingKey = number | string

/** The lists as plain arrays and typed arrays: what an index snapshot stores (see `SearchSnapshot`). */
export interface PostingsState {
  /** The frozen lists' keys, in list order: numbers (CJK and pair keys) or words. */
  keys: PostingKey[]
  /** `blocks.subarray(starts[i], starts[i + 1])` is the list of `keys[i]`. */
  starts: Int32Array
  /** Every frozen list's positions (block-addressed, see `SearchIndex`), list after list. */
  blocks: Int32Array
  /** Lists grown since the last freeze (a running index's changes). */
  tail: Array<[PostingKey, number[]]>
}

/**
 * One key's positions: the frozen part, then the part grown since (every tail position is larger).
 * Both are the index's own arrays, not copies: a query allocates nothing to read them.
 */
export interface PostingLists {
  frozen: Int32Array
  tail: readonly number[]
}

const none = new Int32Array(0)
const noTail: readonly number[] = []

/**
 * A positional inverted index from token (CJK bigram or unigram, Latin word, or a pair next to
 * punctuation) to the ascending list of positions where it starts. Positions say exactly where a
 * token lies, so a phrase is proven by its tokens' positions lining up (see `phraseStarts`) instead
 * of by reading the text.
 *
 * Lists grow in a tail of plain arrays; `freeze()` packs them into one `Int32Array` (4 bytes an entry,
 * outside the garbage-collected heap, so a collection never walks millions of small arrays). Positions
 * only grow, so a frozen list followed by its tail is still ascending.
 */
export class BigramPostings {
  private frozen = new Map<PostingKey, number>()
  private starts: Int32Array = new Int32Array(1)
  private blocks: Int32Array = new Int32Array(0)
  private tail = new Map<PostingKey, number[]>()
  private tailEntries = 0
  private readonly words: string[] = []

  /** Adds every token of normalized `text`, which starts at `position` (beyond every position added before). */
  add(position: number, text: string): void {
    scanTokens(text, (start, length, cjk) => this.push(tokenKey(text, start, length, cjk), position + start))
    scanPairs(text, (start) => this.push(pairKey(text, start), position + start))
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
      total += this.frozenList(key).length + (this.tail.get(key)?.length ?? 0)
    })
    starts[keys.length] = total
    const blocks = new Int32Array(total)
    const frozen = new Map<PostingKey, number>()
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

  /** The positions of a key, frozen part and tail. */
  lists(key: PostingKey): PostingLists {
    return { frozen: this.frozenList(key), tail: this.tail.get(key) ?? noTail }
  }

  /** Every indexed Latin word that contains `fragment`. */
  wordsContaining(fragment: string): string[] {
    return this.words.filter((word) => word.includes(fragment))
  }

  private frozenList(key: PostingKey): Int32Array {
    const position = this.frozen.get(key)
    if (position === undefined) return none
    return this.blocks.subarray(this.starts[position], this.starts[position + 1])
  }

  private push(key: PostingKey, position: number): void {
    this.tailEntries++
    const list = this.tail.get(key)
    if (list) list.push(position)
    else {
      this.tail.set(key, [position])
      if (typeof key === 'string' && !this.frozen.has(key)) this.words.push(key)
    }
  }
}
