import type { QuestionReview, QuestionView } from './QuestionView'

/** A topic quiz as the portal lists it for a member: open now, with their scored result if they took it. */
export interface TopicQuizSummary {
  id: number
  title: string
  description: string | null
  topic: string | null
  opensAt: string
  closesAt: string
  questionCount: number
  result: { correctCount: number; total: number } | null
}

/** A reviewed paper: how many were right, the points it earned (always 0 for practice) and every question with its key. */
export interface TopicQuizOutcome {
  correctCount: number
  total: number
  pointsEarned: number
  submittedAt: string
  review: QuestionReview[]
}

/**
 * One topic quiz for the signed-in member: the paper (no answer keys) while it is open, their one
 * scored result once they submitted, and — only in the answer to a practice submission — the
 * practice outcome, which is never stored.
 */
export interface TopicQuizView extends Omit<TopicQuizSummary, 'result'> {
  state: 'open' | 'closed'
  policy: { title: string; href: string } | null
  questions: QuestionView[]
  result: TopicQuizOutcome | null
  practice: TopicQuizOutcome | null
}
