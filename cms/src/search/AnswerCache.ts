import { LRUCache } from 'lru-cache'
import { cmsMetrics } from '../metrics/registry'

const cacheHits = cmsMetrics.searchAnswerCache.labels('hit')
const cacheMisses = cmsMetrics.searchAnswerCache.labels('miss')

/** How many answers are kept, and how many bytes of them; the least recently used go first. */
const defaultLimits = { maxEntries: 256, maxBytes: 16 * 1024 * 1024 }

/**
 * Recent search answers (JSON text) by request (query, filters, page and the reader's visibility
 * class), so a popular query, or the same query paged and filtered, is computed once. Cleared by the
 * index on every change, so an answer is never older than the index it came from.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, string>

  constructor(limits: { maxEntries: number; maxBytes: number } = defaultLimits) {
    // A JavaScript string takes about two bytes a character.
    this.answers = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      sizeCalculation: (answer) => Math.max(1, answer.length * 2),
    })
  }

  /** The cached answer for `key`, or `compute()`'s, kept for next time. */
  get(key: string, compute: () => string): string {
    const found = this.answers.get(key)
    if (found !== undefined) {
      cacheHits.inc()
      return found
    }
    cacheMisses.inc()
    const answer = compute()
    this.answers.set(key, answer)
    return answer
  }

  /** How many answers and bytes are kept now. */
  size(): { entries: number; bytes: number } {
    return { entries: this.answers.size, bytes: this.answers.calculatedSize }
  }

  /** Forgets every answer (the index changed). */
  clear(): void {
    this.answers.clear()
  }
}
