import type { Campaign } from '@xuexi/contract/payload-types'
import type { Pool } from '../../database/databaseOf'
import type { CampaignPlan } from '../CampaignPlan'

/** A campaign as an organizer (or administrator) works on it: the rules, and the part of the organization tree they may see. */
export interface OrganizedCampaign {
  pool: Pool
  campaign: Campaign
  plan: CampaignPlan
  /** Titles of the reading-list items the user may read (`readableItemTitles`); others have none. */
  itemTitles: Map<string, string>
  userId: number
  /** Organizations whose members the user may see; null for administrators (all). */
  scope: number[] | null
}
