import type { Payload } from 'payload'
import type { Pool } from '../../database/databaseOf'
import type { ContestRules } from '../ContestRules'

/** A contest as an organizer (or administrator) sees it: its rules and the organizations whose members they may see. */
export interface OrganizedContest {
  pool: Pool
  payload: Payload
  rules: ContestRules
  userId: number
  /** The viewer's reach (null for administrators: everyone); every figure, list, reminder and export is limited to it. */
  scope: number[] | null
}
