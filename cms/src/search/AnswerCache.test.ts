import { describe, expect, it } from 'vitest'
import { AnswerCache } from './AnswerCache'

describe('AnswerCache', () => {
  it('computes an answer once and serves it again', () => {
    const cache = new AnswerCache()
    let computed = 0
    const compute = () => `answer ${++computed}`
    expect(cache.get('q', compute)).toBe('answer 1')
    expect(cache.get('q', compute)).toBe('answer 1')
  })

  it('never keeps more answers or bytes than its bounds, however many queries are made up', () => {
    const cache = new AnswerCache({ maxEntries: 50, maxBytes: 10_000 })
    for (let index = 0; index < 1_000; index += 1) {
      cache.get(`q${index}`, () => 'x'.repeat(index % 400))
      expect(cache.size().entries).toBeLessThanOrEqual(50)
      expect(cache.size().bytes).toBeLessThanOrEqual(10_000)
    }
  })
})
