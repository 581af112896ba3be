import type { ContestBranch } from './ContestBranch'
import type { RankedParticipant } from './ContestLeaderboard'

/** A member of the contest's tree who has not handed in an attempt yet. */
export interface NotTakenMember {
  memberId: number
  name: string
  organizationId: number | null
  organization: string | null
}

/** A question with how often the participants in scope answered it, and how often right. */
export interface QuestionFigures {
  questionId: number
  prompt: string
  shown: number
  correct: number
  /** correct / shown (a question shown and left blank counts as wrong). */
  correctRate: number
}

/** The organizer's dashboard of a contest (`GET /api/contests/:id/report`), limited to their scope. */
export interface ContestReport {
  contest: { id: number; title: string; startsAt: string; endsAt: string; passScore: number; certificateTop: number }
  branches: ContestBranch[]
  top: RankedParticipant[]
  hardestQuestions: QuestionFigures[]
  notTaken: { count: number; members: NotTakenMember[] }
}
