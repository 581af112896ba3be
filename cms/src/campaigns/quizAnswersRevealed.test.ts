import { describe, expect, it } from 'vitest'
import { quizAnswersRevealed } from './quizAnswersRevealed'

const quiz = (revealAnswers: 'never' | 'afterLastAttempt' | 'afterEachAttempt') => ({
  enabled: true,
  passMark: 60,
  maxAttempts: 3,
  revealAnswers,
})

describe('quizAnswersRevealed', () => {
  it('never reveals answers before an attempt is submitted', () => {
    for (const rule of ['never', 'afterLastAttempt', 'afterEachAttempt'] as const) expect(quizAnswersRevealed(quiz(rule), 0)).toBe(false)
  })

  it('by default keeps answers hidden while an attempt is left, and reveals them after the last one', () => {
    expect(quizAnswersRevealed(quiz('afterLastAttempt'), 1)).toBe(false)
    expect(quizAnswersRevealed(quiz('afterLastAttempt'), 2)).toBe(false)
    expect(quizAnswersRevealed(quiz('afterLastAttempt'), 3)).toBe(true)
  })

  it('reveals after each attempt only when the campaign says so, and never when it says never', () => {
    expect(quizAnswersRevealed(quiz('afterEachAttempt'), 1)).toBe(true)
    expect(quizAnswersRevealed(quiz('never'), 3)).toBe(false)
  })
})
