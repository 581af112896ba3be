/** How many answers are kept; the least recently used goes first. */
const defaultCapacity = 256

/**
 * Recent search answers by request (query, filters, page and the reader's visibility class), so a
 * popular query, or the same query paged and filtered, is computed once. Cleared by the index on
 * every change, so an answer is never older than the index it came from.
 */
export class AnswerCache<T> {
  private readonly answers = new Map<string, T>()

  constructor(private readonly capacity = defaultCapacity) {}

  /** The cached answer for `key`, or `compute()`'s, kept for next time. */
  get(key: string, compute: () => T): T {
    const found = this.answers.get(key)
    if (found !== undefined) {
      this.answers.delete(key)
      this.answers.set(key, found)
      return found
    }
    const answer = compute()
    this.answers.set(key, answer)
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string)
    return answer
  }

  /** Forgets every answer (the index changed). */
  clear(): void {
    this.answers.clear()
  }
}
