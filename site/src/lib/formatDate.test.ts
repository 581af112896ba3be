import { describe, expect, it } from 'vitest'
import { formatDate } from './formatDate'

describe('formatDate', () => {
  it('writes dates in Chinese, on Beijing time', () => {
    expect(formatDate('2026-06-30T00:00:00.000Z')).toBe('2026年6月30日')
    expect(formatDate('2026-06-30T17:00:00.000Z')).toBe('2026年7月1日')
  })

  it('gives an empty string for a missing or broken date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })
})
