import { describe, expect, it } from 'vitest'
import { answerIsCorrect } from './answerIsCorrect'
import type { ContestQuestion } from './ContestQuestion'

const choice: ContestQuestion = {
  id: 1,
  kind: 'multiple',
  prompt: '以下哪些是新发展理念？',
  options: ['创新', '协调', '封闭', '共享'].map((text, index) => ({ id: 'ABCD'[index] as string, text })),
  answer: ['A', 'B', 'D'],
  explanation: null,
}
const blank: ContestQuestion = { id: 2, kind: 'fill', prompt: '中国共产党成立于____年。', options: [], answer: ['1921'], explanation: null }

describe('answerIsCorrect', () => {
  it('counts a multiple choice only when exactly the correct options are chosen, in any order', () => {
    expect(answerIsCorrect(choice, ['D', 'A', 'B'])).toBe(true)
    expect(answerIsCorrect(choice, ['A', 'B'])).toBe(false)
    expect(answerIsCorrect(choice, ['A', 'B', 'C', 'D'])).toBe(false)
    expect(answerIsCorrect(choice, [])).toBe(false)
  })

  it('accepts a blank in full-width digits or with spaces, and refuses another text', () => {
    expect(answerIsCorrect(blank, ['１９２１'])).toBe(true)
    expect(answerIsCorrect(blank, [' 1921 '])).toBe(true)
    expect(answerIsCorrect(blank, ['1927'])).toBe(false)
    expect(answerIsCorrect(blank, [])).toBe(false)
  })
})
