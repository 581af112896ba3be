import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import type { PointsRules } from '../../tracking/pointsRules'
import { awardStudyPoints } from './awardStudyPoints'
import type { MemberCampaign } from './MemberCampaign'
import { requireParticipant } from './MemberCampaign'

/**
 * Checks the member in for today (China Standard Time): once a day, only while the campaign runs.
 * The check-in and its study points are written together; a second check-in the same day changes nothing.
 */
export async function checkIn(context: MemberCampaign, props: { note?: string; rules: PointsRules }): Promise<{ day: string }> {
  requireParticipant(context)
  return withTransaction(context.pool, async (client) => {
    const { rowCount } = await client.query(
      `insert into campaign_check_ins (campaign_id, member_id, organization_id, day, note, updated_at, created_at)
       values ($1, $2, $3, $4, $5, now(), now()) on conflict (campaign_id, member_id, day) do nothing`,
      [context.plan.id, context.memberId, context.organizationId, context.today, props.note || null],
    )
    if (!rowCount) throw cmsError('campaign.alreadyCheckedIn', 409)
    await awardStudyPoints(client, { memberId: context.memberId, day: context.today, kind: 'checkIn', rule: props.rules.checkIn })
    return { day: context.today }
  })
}
