import type { QuestionReview, QuestionView } from './QuestionView'

/** The member's daily quiz for a study day: its questions while open, the reviewed answers once submitted. */
export interface DailyQuizView {
  day: string
  submitted: boolean
  questions: QuestionView[]
  review: QuestionReview[]
  correctCount: number | null
  pointsEarned: number | null
}
