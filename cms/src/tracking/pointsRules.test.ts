import { describe, expect, it } from 'vitest'
import { pointsForSeconds } from './pointsRules'

const reading = { unitSeconds: 60, points: 1, dailyCap: 10 }

describe('pointsForSeconds', () => {
  it.each([
    [0, 0],
    [59, 0],
    [60, 1],
    [179, 2],
    [600, 10],
    [36_000, 10],
  ])('%i seconds of reading earn %i points (cap 10)', (seconds, points) => {
    expect(pointsForSeconds(seconds, reading)).toBe(points)
  })

  it('applies points per unit before the cap', () => {
    expect(pointsForSeconds(240, { unitSeconds: 120, points: 3, dailyCap: 5 })).toBe(5)
  })
})
