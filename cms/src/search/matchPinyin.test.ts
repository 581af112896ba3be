import { describe, expect, it } from 'vitest'
import { matchPinyin } from './matchPinyin'
import { normalizeText } from './normalizeText'
import { titleSyllables } from './titleSyllables'

const match = (title: string, query: string) => matchPinyin(titleSyllables(normalizeText(title)), query)

describe('matchPinyin', () => {
  it.each([
    ['加强党建工作', 'dangjian', { start: 2, end: 4 }],
    ['加强党建工作', 'djgz', { start: 2, end: 6 }],
    ['加强党建工作', 'dangji', { start: 2, end: 4 }],
    ['重庆党史', 'chongqing', { start: 0, end: 2 }],
    ['2024年党建', 'dangjian', { start: 5, end: 7 }],
  ])('finds %j by %j', (title, query, expected) => {
    expect(match(title, query)).toEqual(expected)
  })

  it.each([
    ['加强党建工作', 'angjian'],
    ['加强党建工作', 'd'],
    ['加强党建工作', 'xuexi'],
    ['加强党建工作', 'dang jian'],
    ['Party building', 'party'],
  ])('does not find %j by %j', (title, query) => {
    expect(match(title, query)).toBeUndefined()
  })
})
