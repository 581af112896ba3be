import { describe, expect, it } from 'vitest'
import { parseDuration } from './parseDuration'

describe('parseDuration', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(parseDuration('1:12')).toBe(72)
    expect(parseDuration('45:00')).toBe(2700)
    expect(parseDuration('1:05:09')).toBe(3909)
  })

  it('rejects anything else', () => {
    for (const text of ['', '90', '1:60', 'abc', '1:2']) expect(parseDuration(text)).toBeUndefined()
  })
})
