/** A campaign quiz question as the paper shows it: shuffled options, no answers. */
export interface QuizPaperQuestion {
  id: string
  kind: 'single' | 'multiple' | 'trueFalse'
  prompt: string
  options: Array<{ id: string; text: string }>
}

/** One question as a member sees it; after submitting also what was right and why. */
export type ShownQuestion = QuizPaperQuestion & {
  chosen?: string[]
  correct?: boolean
  correctOptionIds?: string[]
  explanation?: string | null
}

/**
 * A member's quiz attempt: open (questions only) or submitted (score and own choices; once
 * `answersRevealed`, per question also whether it was right, the correct options and the explanation).
 */
export interface QuizAttemptView {
  number: number
  maxAttempts: number
  passMark: number
  submitted: boolean
  /** The campaign's rule for showing answers, so the page can say when they will appear. */
  revealAnswers: 'never' | 'afterLastAttempt' | 'afterEachAttempt'
  answersRevealed: boolean
  score: number | null
  passed: boolean
  correctCount: number | null
  questions: ShownQuestion[]
}
