import type { Campaign } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'
import type { CampaignPlan } from '../CampaignPlan'

/** A campaign as a signed-in member acts on it: the full document, its rules, and where the member stands towards it. */
export interface MemberCampaign {
  pool: Pool
  payload: Payload
  campaign: Campaign
  plan: CampaignPlan
  memberId: number
  /** The member's organization now: what new participation records carry. */
  organizationId: number | null
  enrolled: boolean
  /** The member belongs to a target organization or one below it. */
  targeted: boolean
  /** Today's study day (China Standard Time). */
  today: string
  phase: 'upcoming' | 'running' | 'ended'
}

/** Refuses unless the member is enrolled and the campaign is running today: what every member action needs. */
export function requireParticipant(context: MemberCampaign): void {
  if (!context.enrolled) throw cmsError('campaign.notEnrolled', 403)
  if (context.phase === 'upcoming') throw cmsError('campaign.notStarted', 409, { startsOn: context.plan.startsOn })
  if (context.phase === 'ended') throw cmsError('campaign.ended', 409, { endsOn: context.plan.endsOn })
}
