import { cmsError } from '../../errors/cmsError'
import type { MemberCampaign } from './MemberCampaign'

/** Refuses unless the member is enrolled and the campaign is running today: what every member action needs. */
export function requireParticipant(context: MemberCampaign): void {
  if (!context.enrolled) throw cmsError('campaign.notEnrolled', 403)
  if (context.phase === 'upcoming') throw cmsError('campaign.notStarted', 409, { startsOn: context.plan.startsOn })
  if (context.phase === 'ended') throw cmsError('campaign.ended', 409, { endsOn: context.plan.endsOn })
}
