import { describe, expect, it } from 'vitest'
import type { QuizQuestion } from './QuizQuestion'
import { scoreQuiz } from './scoreQuiz'

const questions: QuizQuestion[] = [
  {
    id: 'q1',
    kind: 'single',
    prompt: '党的根本宗旨是什么？',
    options: [
      { id: 'a', text: '全心全意为人民服务', correct: true },
      { id: 'b', text: '发展经济', correct: false },
    ],
    explanation: '党章总纲明确规定。',
  },
  {
    id: 'q2',
    kind: 'multiple',
    prompt: '“三会一课”包括哪些？',
    options: [
      { id: 'a', text: '支部党员大会', correct: true },
      { id: 'b', text: '支部委员会', correct: true },
      { id: 'c', text: '表彰大会', correct: false },
    ],
  },
  {
    id: 'q3',
    kind: 'trueFalse',
    prompt: '党员应按期交纳党费。',
    options: [
      { id: 'true', text: '正确', correct: true },
      { id: 'false', text: '错误', correct: false },
    ],
  },
]

describe('scoreQuiz', () => {
  it.each([
    ['all correct', { q1: ['a'], q2: ['b', 'a'], q3: ['true'] }, 100, 3, true],
    ['a multiple-choice answer missing one option earns nothing for it', { q1: ['a'], q2: ['a'], q3: ['true'] }, 67, 2, true],
    ['an extra wrong option spoils a multiple-choice answer', { q1: ['a'], q2: ['a', 'b', 'c'], q3: ['true'] }, 67, 2, true],
    ['two choices on a single-choice question are wrong', { q1: ['a', 'b'], q2: ['a', 'b'], q3: ['true'] }, 67, 2, true],
    ['unanswered questions are wrong', { q3: ['true'] }, 33, 1, false],
    ['unknown option ids are wrong', { q1: ['zz'], q2: ['a', 'b'], q3: ['false'] }, 33, 1, false],
    ['repeating an option does not matter', { q1: ['a', 'a'], q2: ['a', 'b', 'b'], q3: ['true'] }, 100, 3, true],
    ['nothing answered', {}, 0, 0, false],
  ])('%s', (_case, answers, score, correctCount, passed) => {
    const result = scoreQuiz(questions, answers, 60)
    expect(result).toMatchObject({ score, correctCount, passed })
  })

  it('shows the correct options and explanations after submitting', () => {
    const { results } = scoreQuiz(questions, { q1: ['b'] }, 60)
    expect(results[0]).toEqual({
      questionId: 'q1',
      correct: false,
      chosen: ['b'],
      correctOptionIds: ['a'],
      explanation: '党章总纲明确规定。',
    })
    expect(results[1]?.correctOptionIds).toEqual(['a', 'b'])
  })

  it('passes exactly at the pass mark', () => {
    expect(scoreQuiz(questions.slice(0, 2), { q1: ['a'] }, 50).passed).toBe(true)
    expect(scoreQuiz(questions.slice(0, 2), { q1: ['a'] }, 51).passed).toBe(false)
  })
})
