import { describe, expect, it } from 'vitest'
import { addDays, chinaDateTimeLocal, chinaWallClock, fromChinaDateTimeLocal, studyDay, weekStart } from './chinaTime'

describe('China time', () => {
  it('puts an instant after 16:00 UTC on the next China day', () => {
    expect(studyDay(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06')
    expect(studyDay(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07')
  })

  it('counts days and weeks from Monday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(weekStart('2026-12-06')).toBe('2026-11-30')
    expect(weekStart('2026-11-30')).toBe('2026-11-30')
  })

  it('reads the China wall clock from UTC fields, for Excel cells and year facets', () => {
    expect(chinaWallClock(new Date('2026-12-31T16:30:00Z')).getUTCFullYear()).toBe(2027)
  })

  it('round-trips a datetime-local value entered in China time', () => {
    const instant = new Date('2026-12-07T01:05:00Z')
    expect(chinaDateTimeLocal(instant)).toBe('2026-12-07T09:05')
    expect(fromChinaDateTimeLocal('2026-12-07T09:05').toISOString()).toBe(instant.toISOString())
  })
})
