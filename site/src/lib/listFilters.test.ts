import { describe, expect, it } from 'vitest'
import { readFilters, recentYears, yearRange } from './listFilters'

const url = (search: string) => new URL(`http://portal.test/policies${search}`)

describe('list filters', () => {
  it('reads valid filters and ignores malformed ones', () => {
    expect(readFilters('policies', url('?year=2025&validity=current&level=bogus'))).toEqual({ year: 2025, validity: 'current' })
    expect(readFilters('videos', url('?kind=<script>'))).toEqual({})
  })

  it('turns a year into a Beijing-time date range', () => {
    expect(yearRange('issuedAt', 2025)).toEqual({
      issuedAt: { greater_than_equal: '2024-12-31T16:00:00.000Z', less_than: '2025-12-31T16:00:00.000Z' },
    })
    expect(yearRange('issuedAt', undefined)).toEqual({})
  })

  it('offers recent years newest first', () => {
    expect(recentYears(3, new Date('2026-11-21')).map((year) => year.label)).toEqual(['2026年', '2025年', '2024年'])
  })
})
