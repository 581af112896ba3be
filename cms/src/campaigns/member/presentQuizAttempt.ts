import type { QuizAttemptView } from '@xuexi/contract/campaigns/QuizAttemptView'
import type { QuizAnswers, QuizQuestion } from '../QuizQuestion'
import { quizAnswersRevealed } from '../quizAnswersRevealed'
import { scoreQuiz } from '../scoreQuiz'
import { shuffleQuiz } from '../shuffleQuiz'
import type { MemberCampaign } from './MemberCampaign'

/** A stored attempt row, as `quiz_attempts` holds it. */
export interface AttemptRow {
  number: number
  seed: number
  answers: QuizAnswers | null
  submittedAt: Date | null
}

/**
 * An attempt as the member sees it, in the order its seed draws: an open one without answers, a
 * submitted one with the score and the member's choices, and, once the campaign's rule reveals them
 * (`quizAnswersRevealed`, given how many attempts the member has submitted), per question whether it
 * was right, the correct options and the explanations.
 */
export function presentQuizAttempt(
  context: MemberCampaign,
  questions: QuizQuestion[],
  attempt: AttemptRow,
  submittedAttempts: number,
): QuizAttemptView {
  const shown = shuffleQuiz(questions, attempt.seed)
  const { maxAttempts, passMark, revealAnswers } = context.plan.quiz
  const base = { number: attempt.number, maxAttempts, passMark, revealAnswers }
  if (!attempt.submittedAt) {
    return { ...base, submitted: false, answersRevealed: false, score: null, passed: false, correctCount: null, questions: shown }
  }
  const scored = scoreQuiz(questions, attempt.answers ?? {}, passMark)
  const results = new Map(scored.results.map((result) => [result.questionId, result]))
  const answersRevealed = quizAnswersRevealed(context.plan.quiz, submittedAttempts)
  return {
    ...base,
    submitted: true,
    answersRevealed,
    score: scored.score,
    passed: scored.passed,
    correctCount: scored.correctCount,
    questions: shown.map((question) => {
      const result = results.get(question.id)
      if (!answersRevealed) return { ...question, chosen: result?.chosen ?? [] }
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
