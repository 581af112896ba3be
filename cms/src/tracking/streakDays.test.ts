import { studyDay, weekStart } from '@xuexi/contract/chinaTime'
import { describe, expect, it } from 'vitest'
import { streakDays } from './streakDays'

describe('streakDays', () => {
  it.each([
    ['no study', [], 0],
    ['today only', ['2026-11-22'], 1],
    ['three days up to today', ['2026-11-20', '2026-11-21', '2026-11-22'], 3],
    ['up to yesterday (today not over yet)', ['2026-11-20', '2026-11-21'], 2],
    ['a gap breaks the streak', ['2026-11-18', '2026-11-20', '2026-11-21', '2026-11-22'], 3],
    ['last study the day before yesterday', ['2026-11-20'], 0],
  ])('%s → %i', (_case, days, streak) => {
    expect(streakDays(days, '2026-11-22')).toBe(streak)
  })
})

describe('study days', () => {
  it('follow China Standard Time', () => {
    expect(studyDay(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21')
    expect(studyDay(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22')
  })

  it('start the week on Monday', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16')
    expect(weekStart('2026-11-16')).toBe('2026-11-16')
  })
})
