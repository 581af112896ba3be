import { describe, expect, it } from 'vitest'
import { readingMinutes } from './readingMinutes'

const bodyOf = (characters: number) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '学'.repeat(characters) }] }] },
})

describe('readingMinutes', () => {
  it('counts Chinese characters at about 400 a minute', () => {
    expect(readingMinutes(bodyOf(2000))).toBe(5)
    expect(readingMinutes(bodyOf(1300))).toBe(3)
  })

  it('never says zero minutes, even for an empty body', () => {
    expect(readingMinutes(bodyOf(10))).toBe(1)
    expect(readingMinutes(null)).toBe(1)
  })
})
