import type { CampaignPlan } from './CampaignPlan'

/** When a campaign shows members the correct options and explanations of their submitted attempts. */
export type RevealAnswers = CampaignPlan['quiz']['revealAnswers']

/**
 * Whether a member who has submitted `submittedAttempts` attempts may see the answers. Never before
 * submitting; by default only once no attempt is left, so an early attempt cannot be used to pass a
 * later one ('afterEachAttempt' is for practice quizzes, 'never' for quizzes reused elsewhere).
 */
export function quizAnswersRevealed(quiz: CampaignPlan['quiz'], submittedAttempts: number): boolean {
  if (submittedAttempts < 1) return false
  if (quiz.revealAnswers === 'afterEachAttempt') return true
  if (quiz.revealAnswers === 'afterLastAttempt') return submittedAttempts >= quiz.maxAttempts
  return false
}
