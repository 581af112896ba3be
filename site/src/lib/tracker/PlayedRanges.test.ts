import { describe, expect, it } from 'vitest'
import { PlayedRanges } from './PlayedRanges'

const play = (ranges: PlayedRanges, ...positions: number[]) => {
  for (const position of positions) ranges.sample(position)
}

describe('PlayedRanges', () => {
  it('counts the seconds played continuously as one range', () => {
    const ranges = new PlayedRanges()
    play(ranges, 0, 0.3, 1.1, 2.2, 3.0, 4.5)
    expect(ranges.take()).toEqual([[0, 4]])
  })

  it('earns nothing for seeking to the end', () => {
    const ranges = new PlayedRanges()
    play(ranges, 0, 1, 2, 95, 96)
    expect(ranges.take()).toEqual([
      [0, 2],
      [95, 96],
    ])
  })

  it('starts afresh after an interruption and hands each range out once', () => {
    const ranges = new PlayedRanges()
    play(ranges, 10, 11)
    ranges.interrupt()
    play(ranges, 30, 31)
    expect(ranges.take()).toEqual([
      [10, 11],
      [30, 31],
    ])
    expect(ranges.take()).toEqual([])
  })
})
