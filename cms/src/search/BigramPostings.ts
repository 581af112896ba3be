import type { QueryTerms } from './queryTerms'
import { isCjk, scanPairs, scanTokens } from './tokenize'
import { pairKey, tokenKey } from './tokenKey'

/**
 * An inverted index from token (CJK bigram or unigram, Latin word, or a pair next to punctuation) to the ascending list of slots
 * whose text contains it. It only narrows the candidates; every candidate is verified against the
 * stored text afterwards, so it keeps no positions or frequencies. Slots only grow (a changed item
 * gets a new slot), so lists stay sorted by appending.
 */
export class BigramPostings {
  private readonly lists = new Map<number | string, number[]>()
  private readonly words: string[] = []

  /** Adds every token of normalized `text` for `slot` (which must exceed every slot added before). */
  add(slot: number, text: string): void {
    scanTokens(text, (start, length, cjk) => this.push(tokenKey(text, start, length, cjk), slot))
    scanPairs(text, (start) => this.push(pairKey(text, start), slot))
  }

  /**
   * The slots that hold every required token and, per fragment, some word containing it; the rarest
   * list drives the work. `undefined` when the terms narrow nothing (the caller scans every item).
   */
  candidates(terms: Pick<QueryTerms, 'required' | 'pairs' | 'fragments'>): number[] | undefined {
    const keys = [
      ...terms.required.map((token) => tokenKey(token, 0, token.length, isCjk(token[0] as string))),
      ...terms.pairs.map((pair) => pairKey(pair, 0)),
    ]
    const lists: number[][] = []
    for (const key of keys) {
      const list = this.lists.get(key)
      if (!list) return []
      lists.push(list)
    }
    for (const fragment of terms.fragments) lists.push(this.wordsContaining(fragment))
    if (lists.length === 0) return undefined
    lists.sort((a, b) => a.length - b.length)
    let result = lists[0] as number[]
    for (const list of lists.slice(1)) result = result.filter((slot) => contains(list, slot))
    return result
  }

  private wordsContaining(fragment: string): number[] {
    const slots = new Set<number>()
    for (const word of this.words) {
      if (word.includes(fragment)) for (const slot of this.lists.get(word) ?? []) slots.add(slot)
    }
    return [...slots].sort((a, b) => a - b)
  }

  private push(key: number | string, slot: number): void {
    const list = this.lists.get(key)
    if (!list) {
      this.lists.set(key, [slot])
      if (typeof key === 'string') this.words.push(key)
    } else if (list[list.length - 1] !== slot) {
      list.push(slot)
    }
  }
}

function contains(sorted: readonly number[], value: number): boolean {
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
