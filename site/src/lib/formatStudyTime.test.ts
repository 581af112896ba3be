import { describe, expect, it } from 'vitest'
import { formatStudyTime } from './formatStudyTime'

describe('formatStudyTime', () => {
  it.each([
    [0, '0 分钟'],
    [59, '0 分钟'],
    [720, '12 分钟'],
    [3900, '1 小时 5 分'],
  ])('shows %i seconds as %s', (seconds, text) => {
    expect(formatStudyTime(seconds)).toBe(text)
  })
})
