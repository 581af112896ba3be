import { describe, expect, it } from 'vitest'
import { bankQuestionSchema } from './questionShape'
import { scoreQuestion } from './scoreQuestion'

const question = (value: object) => bankQuestionSchema.parse({ id: 1, stem: '题干', ...value })

describe('scoreQuestion', () => {
  it('needs exactly the correct options of a multiple-choice question, in any order', () => {
    const multiple = question({ kind: 'multiple', answer: { keys: ['A', 'C'] } })
    expect(scoreQuestion(multiple, ['C', 'A'])).toBe(true)
    expect(scoreQuestion(multiple, ['A'])).toBe(false)
    expect(scoreQuestion(multiple, ['A', 'B', 'C'])).toBe(false)
  })

  it('accepts a fill-in answer typed with full-width characters and stray spaces', () => {
    const fill = question({ kind: 'fill', answer: { accepted: ['四个意识'] } })
    expect(scoreQuestion(fill, ['  四个意识 '])).toBe(true)
    const digits = question({ kind: 'fill', answer: { accepted: ['1921'] } })
    expect(scoreQuestion(digits, ['１９２１'])).toBe(true)
    expect(scoreQuestion(digits, [''])).toBe(false)
  })

  it('scores a true/false question by the chosen truth', () => {
    const truth = question({ kind: 'trueFalse', answer: { truth: false } })
    expect(scoreQuestion(truth, ['false'])).toBe(true)
    expect(scoreQuestion(truth, ['true'])).toBe(false)
  })
})
