import type { QuizAnswers, QuizQuestion } from '../QuizQuestion'
import { scoreQuiz } from '../scoreQuiz'
import { shuffleQuiz } from '../shuffleQuiz'
import type { MemberCampaign } from './MemberCampaign'
import type { QuizAttemptView } from './QuizAttemptView'

/** A stored attempt row, as `quiz_attempts` holds it. */
export interface AttemptRow {
  number: number
  seed: number
  answers: QuizAnswers | null
  submittedAt: Date | null
}

/**
 * An attempt as the member sees it, in the order its seed draws: an open one without answers, a
 * submitted one with the score, the member's choices, the correct options and the explanations.
 */
export function presentQuizAttempt(context: MemberCampaign, questions: QuizQuestion[], attempt: AttemptRow): QuizAttemptView {
  const shown = shuffleQuiz(questions, attempt.seed)
  const base = { number: attempt.number, maxAttempts: context.plan.quiz.maxAttempts, passMark: context.plan.quiz.passMark }
  if (!attempt.submittedAt) return { ...base, submitted: false, score: null, passed: false, correctCount: null, questions: shown }
  const scored = scoreQuiz(questions, attempt.answers ?? {}, context.plan.quiz.passMark)
  const results = new Map(scored.results.map((result) => [result.questionId, result]))
  return {
    ...base,
    submitted: true,
    score: scored.score,
    passed: scored.passed,
    correctCount: scored.correctCount,
    questions: shown.map((question) => {
      const result = results.get(question.id)
      return {
        ...question,
        chosen: result?.chosen ?? [],
        correct: result?.correct ?? false,
        correctOptionIds: result?.correctOptionIds ?? [],
        explanation: result?.explanation ?? null,
      }
    }),
  }
}
