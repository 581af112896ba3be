import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { Pool } from '../database/databaseOf'
import type { CampaignPlan } from './CampaignPlan'
import { computeCampaignStandings } from './computeCampaignStandings'
import { storedCampaignStandings } from './storedCampaignStandings'

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
