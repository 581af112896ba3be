import type { shuffleQuiz } from '../shuffleQuiz'

/** One question as a member sees it; after submitting also what was right and why. */
export type ShownQuestion = ReturnType<typeof shuffleQuiz>[number] & {
  chosen?: string[]
  correct?: boolean
  correctOptionIds?: string[]
  explanation?: string | null
}

/** A member's quiz attempt: open (questions only) or submitted (score, and per question the answer and explanation). */
export interface QuizAttemptView {
  number: number
  maxAttempts: number
  passMark: number
  submitted: boolean
  score: number | null
  passed: boolean
  correctCount: number | null
  questions: ShownQuestion[]
}
