import { describe, expect, it } from 'vitest'
import { drawDailyQuestions } from './drawDailyQuestions'

const today = '2026-12-06'
const draw = (input: Partial<Parameters<typeof drawDailyQuestions>[0]>) =>
  drawDailyQuestions({ visible: [], wrong: [], lastAnswered: new Map(), today, size: 5, ...input })

describe('drawDailyQuestions', () => {
  it('gives the newest questions the member has never answered', () => {
    expect(draw({ visible: [9, 8, 7, 6, 5, 4, 3], lastAnswered: new Map([[8, '2026-12-05']]) })).toEqual([9, 7, 6, 5, 4])
  })

  it('brings wrong answers of earlier days back first, up to half the paper', () => {
    const wrong = [
      { questionId: 1, lastWrongDay: '2026-12-04' },
      { questionId: 2, lastWrongDay: '2026-12-01' },
      { questionId: 3, lastWrongDay: '2026-11-30' },
      { questionId: 4, lastWrongDay: today },
    ]
    const lastAnswered = new Map([
      [1, '2026-12-04'],
      [2, '2026-12-01'],
      [3, '2026-11-30'],
      [4, today],
    ])
    expect(draw({ visible: [9, 8, 7, 4, 3, 2, 1], wrong, lastAnswered })).toEqual([3, 2, 1, 9, 8])
  })

  it('does not bring back a question answered right in the last two weeks, but does after', () => {
    const lastAnswered = new Map([
      [3, '2026-11-30'],
      [2, '2026-11-01'],
    ])
    expect(draw({ visible: [3, 2], lastAnswered })).toEqual([2])
  })

  it('draws only among the questions the member may see', () => {
    expect(draw({ visible: [5], wrong: [{ questionId: 7, lastWrongDay: '2026-12-01' }] })).toEqual([5])
  })
})
