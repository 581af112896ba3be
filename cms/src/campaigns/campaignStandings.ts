import type { Pool } from '../database/databaseOf'
import type { CampaignPlan } from './CampaignPlan'
import { computeCampaignStandings } from './computeCampaignStandings'
import { storedCampaignStandings } from './storedCampaignStandings'

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

/** Whose standings to compute: only these members, and/or only members enrolled from these organizations. */
export interface StandingsFilter {
  memberIds?: number[]
  organizationIds?: number[] | null
}

/**
 * Every enrolled member's standing in a campaign (or only those enrolled from some organizations), or
 * only some members'. A few members are computed from their study records at once; whole campaigns are
 * read from the stored standings, recomputing only the members whose records changed since.
 */
export function campaignStandings(pool: Pool, plan: CampaignPlan, filter: StandingsFilter = {}): Promise<CampaignStanding[]> {
  if (filter.memberIds) return computeCampaignStandings(pool, plan, filter)
  return storedCampaignStandings(pool, plan, filter.organizationIds ?? null)
}
