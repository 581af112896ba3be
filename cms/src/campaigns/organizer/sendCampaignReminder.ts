import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { ReminderAudience, ReminderInput } from '@xuexi/contract/campaigns/reminderInput'
import { studyDay } from '@xuexi/contract/chinaTime'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { t } from '../../i18n/messages'
import type { CampaignPlan } from '../CampaignPlan'
import { campaignStandings } from '../campaignStandings'
import type { OrganizedCampaign } from './OrganizedCampaign'

const repeatWindow = '1 hour'
const dayMs = 86_400_000

/** Required items a member should have met by `today` if they kept an even pace over the period. */
export function requiredPace(plan: CampaignPlan, today: string): number {
  const required = plan.items.filter((item) => item.required).length
  const periodDays = (Date.parse(plan.endsOn) - Date.parse(plan.startsOn)) / dayMs + 1
  const elapsedDays = Math.min(Math.max((Date.parse(today) - Date.parse(plan.startsOn)) / dayMs + 1, 0), periodDays)
  return Math.floor((required * elapsedDays) / periodDays)
}

function inAudience(audience: ReminderAudience, standing: CampaignStanding, pace: number): boolean {
  if (audience === 'notStarted') return !standing.started
  if (audience === 'behind') return standing.started && !standing.completedAt && standing.requiredItemsMet < pace
  return true
}

/**
 * Sends an in-portal notice to the enrolled members in the organizer's scope who match the audience,
 * in one insert; the same reminder (audience and text) from the same sender within an hour is refused
 * (409). Returns how many members were reminded.
 */
export async function sendCampaignReminder(
  organized: OrganizedCampaign,
  input: ReminderInput,
  now = new Date(),
): Promise<{ sent: number }> {
  const { pool, plan, campaign, scope, userId } = organized
  const standings = await campaignStandings(pool, plan, { organizationIds: scope })
  const pace = requiredPace(plan, studyDay(now))
  const recipients = standings.filter((standing) => inAudience(input.audience, standing, pace)).map((standing) => standing.memberId)
  const title = t(`campaign.reminderTitle.${input.audience}`, { title: campaign.title }).slice(0, 80)
  const body = input.message ?? t(`campaign.reminderBody.${input.audience}`, { title: campaign.title, endsOn: plan.endsOn })
  return withTransaction(pool, async (client) => {
    // One sender at a time per campaign, so two clicks cannot both pass the repeat check.
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`campaign-reminder:${plan.id}`])
    const { rows } = await client.query(
      `select 1 from notices where campaign_id = $1 and sent_by_id = $2 and title = $3 and body = $4
         and created_at > now() - $5::interval limit 1`,
      [plan.id, userId, title, body, repeatWindow],
    )
    if (rows.length > 0) throw cmsError('campaign.reminderRepeated', 409)
    const inserted = await client.query(
      `insert into notices (member_id, campaign_id, title, body, link, sent_by_id, updated_at, created_at)
       select member_id, $2, $3, $4, $5, $6, now(), now() from unnest($1::int[]) as m(member_id)`,
      [recipients, plan.id, title, body, `/campaigns/${campaign.slug}`, userId],
    )
    return { sent: inserted.rowCount ?? 0 }
  })
}
