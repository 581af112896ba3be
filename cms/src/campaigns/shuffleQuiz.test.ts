import { describe, expect, it } from 'vitest'
import type { QuizQuestion } from './QuizQuestion'
import { shuffleQuiz } from './shuffleQuiz'

const question = (id: string, kind: QuizQuestion['kind'] = 'single'): QuizQuestion => ({
  id,
  kind,
  prompt: `问题 ${id}`,
  options: ['a', 'b', 'c', 'd'].map((option, index) => ({ id: option, text: `选项 ${option}`, correct: index === 0 })),
  explanation: '解析',
})
const questions = Array.from({ length: 8 }, (_, index) => question(`q${index}`))

describe('shuffleQuiz', () => {
  it('gives the same order for the same attempt and another order for another attempt', () => {
    const ids = (seed: number) => shuffleQuiz(questions, seed).map((q) => `${q.id}:${q.options.map((o) => o.id).join('')}`)
    expect(ids(42)).toEqual(ids(42))
    expect(ids(42)).not.toEqual(ids(43))
  })

  it('keeps every question and option exactly once', () => {
    const shown = shuffleQuiz(questions, 7)
    expect(shown.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort())
    for (const q of shown) expect(q.options.map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('never reveals which option is correct, nor the explanation', () => {
    const shown = shuffleQuiz(questions, 1)
    expect(JSON.stringify(shown)).not.toMatch(/correct|解析/)
  })

  it('leaves true/false options in their order', () => {
    const trueFalse: QuizQuestion = {
      ...question('tf', 'trueFalse'),
      options: [
        { id: 'true', text: '正确', correct: true },
        { id: 'false', text: '错误', correct: false },
      ],
    }
    for (const seed of [1, 2, 3, 4, 5]) expect(shuffleQuiz([trueFalse], seed)[0]?.options.map((o) => o.id)).toEqual(['true', 'false'])
  })
})
