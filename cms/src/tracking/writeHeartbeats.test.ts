import { describe, expect, it } from 'vitest'
import { watchedMultirange } from './writeHeartbeats'

describe('watchedMultirange', () => {
  it('writes ranges as an int4multirange literal', () => {
    expect(
      watchedMultirange([
        [0, 10],
        [20, 30],
      ]),
    ).toBe('{[0,10),[20,30)}')
    expect(watchedMultirange([])).toBe('{}')
  })

  it('cuts ranges at the medium’s end', () => {
    expect(
      watchedMultirange(
        [
          [90, 120],
          [130, 140],
        ],
        100,
      ),
    ).toBe('{[90,100)}')
  })
})
