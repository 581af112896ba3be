import type { Pool } from 'pg'
import type { Campaign } from '../../payload-types'
import type { CampaignPlan } from '../CampaignPlan'

/** A campaign as an organizer (or administrator) works on it: the rules, and the part of the organization tree they may see. */
export interface OrganizedCampaign {
  pool: Pool
  /** The campaign read at depth 1 (reading-list titles). */
  campaign: Campaign
  plan: CampaignPlan
  userId: number
  /** Organizations whose members the user may see; null for administrators (all). */
  scope: number[] | null
}
