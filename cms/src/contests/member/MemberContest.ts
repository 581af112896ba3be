import type { Payload } from 'payload'
import type { Pool } from '../../database/databaseOf'
import type { ContestRules } from '../ContestRules'

/** A contest as a signed-in member acts on it: its rules, where it stands in time, and who the member is. */
export interface MemberContest {
  pool: Pool
  payload: Payload
  rules: ContestRules
  memberId: number
  /** The member's organization now: what their attempts and results carry. */
  organizationId: number | null
  phase: 'upcoming' | 'running' | 'ended'
}
