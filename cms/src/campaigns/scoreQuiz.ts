import type { QuizAnswers, QuizQuestion } from './QuizQuestion'

/** How one question was answered, with what is shown after submitting. */
export interface QuestionResult {
  questionId: string
  correct: boolean
  chosen: string[]
  correctOptionIds: string[]
  explanation: string | null
}

/** A scored attempt: 0–100 (rounded), whether it reaches the pass mark, and every question's result. */
export interface QuizScore {
  score: number
  correctCount: number
  passed: boolean
  results: QuestionResult[]
}

/**
 * Scores answers against the questions. A question counts only when the chosen options are exactly
 * the correct ones (no partial credit for multiple choice); unknown option ids and unanswered
 * questions count as wrong. Every question weighs the same.
 */
export function scoreQuiz(questions: QuizQuestion[], answers: QuizAnswers, passMark: number): QuizScore {
  const results = questions.map((question): QuestionResult => {
    const correctOptionIds = question.options.filter((option) => option.correct).map((option) => option.id)
    const chosen = [...new Set(answers[question.id] ?? [])]
    const correct = chosen.length === correctOptionIds.length && chosen.every((id) => correctOptionIds.includes(id))
    return { questionId: question.id, correct, chosen, correctOptionIds, explanation: question.explanation ?? null }
  })
  const correctCount = results.filter((result) => result.correct).length
  const score = questions.length === 0 ? 0 : Math.round((correctCount / questions.length) * 100)
  return { score, correctCount, passed: score >= passMark, results }
}
