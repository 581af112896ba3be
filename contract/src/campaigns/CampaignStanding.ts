/** Where one enrolled member stands in a campaign: every requirement, points, and when it was all done. */
export interface CampaignStanding {
  memberId: number
  name: string
  organizationId: number | null
  enrolledAt: string
  /** Reading-list items met (completed, and the minimum time reached where one is set). */
  itemsMet: number
  /** Positions in the plan's reading list (0-based, ascending) of the items met. */
  metItems: number[]
  requiredItemsMet: number
  checkInDays: number
  reflection: 'none' | 'draft' | 'submitted'
  quizBestScore: number | null
  quizPassed: boolean
  quizAttempts: number
  /** Any study of a listed item, check-in, reflection or quiz attempt. */
  started: boolean
  /** When the last requirement was met; null while any is open. */
  completedAt: string | null
  points: number
}
