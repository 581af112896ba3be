/** A question as the paper shows it: no answer, no explanation. */
export interface PaperQuestion {
  id: number
  kind: 'single' | 'multiple' | 'trueFalse' | 'fill'
  prompt: string
  /** Choices with stable ids (the bank's letters), empty for fill-in-the-blank. */
  options: Array<{ id: string; text: string }>
}

/** A question of an attempt as the member sees it: what they chose, and once revealed, the answer. */
export type AttemptQuestionView = PaperQuestion & {
  chosen: string[]
  correct?: boolean
  answer?: string[]
  explanation?: string | null
}

/** One attempt as the member sees it (GET/POST `/api/contests/:id/attempts…`). */
export interface ContestAttemptView {
  contestId: number
  number: number
  maxAttempts: number
  startedAt: string
  /** When answers stop counting (the time limit, or the contest's end if earlier). */
  deadlineAt: string
  secondsLeft: number
  submitted: boolean
  score: number | null
  correctCount: number | null
  passed: boolean | null
  durationSeconds: number | null
  /** Correct answers and explanations: after the member's last attempt or once the contest is over. */
  answersRevealed: boolean
  questions: AttemptQuestionView[]
}
