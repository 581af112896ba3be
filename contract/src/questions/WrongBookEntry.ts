import type { QuestionReview } from './QuestionView'

/** One entry of the 错题本: the question reviewed with the member's last wrong response, and how often they missed it. */
export interface WrongBookEntry {
  question: QuestionReview
  wrongCount: number
  lastWrongAt: string
}

/** What answering a question from the book did. */
export interface BookAnswerResult {
  question: QuestionReview
  cleared: boolean
}
