import type { MyCampaign } from '@xuexi/contract/campaigns/MyCampaign'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { campaignPlanOf } from '../campaignPlanOf'
import { campaignStandings } from '../campaignStandings'

/** The published campaigns the signed-in member is enrolled in, running ones first, each with their standing. */
export async function memberCampaignList(req: PayloadRequest, now = new Date()): Promise<MyCampaign[]> {
  const memberId = req.user?.id as number
  const pool = databaseOf(req.payload)
  const { rows } = await pool.query<{ campaign_id: number }>('select campaign_id from campaign_enrollments where member_id = $1', [
    memberId,
  ])
  if (rows.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: { and: [{ id: { in: rows.map((row) => row.campaign_id) } }, { status: { equals: 'published' } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    sort: '-startsOn',
    overrideAccess: true,
    req,
  })
  const today = studyDay(now)
  const list = await Promise.all(
    docs.map(async (campaign): Promise<MyCampaign> => {
      const plan = campaignPlanOf(campaign)
      const [standing] = await campaignStandings(pool, plan, { memberIds: [memberId] })
      return {
        id: campaign.id,
        title: campaign.title,
        slug: campaign.slug ?? '',
        startsOn: plan.startsOn,
        endsOn: plan.endsOn,
        phase: today < plan.startsOn ? 'upcoming' : today > plan.endsOn ? 'ended' : 'running',
        points: standing?.points ?? 0,
        completedAt: standing?.completedAt ?? null,
        requiredItems: plan.items.filter((item) => item.required).length,
        requiredItemsMet: standing?.requiredItemsMet ?? 0,
        checkInDays: standing?.checkInDays ?? 0,
        checkInGoal: plan.checkInDays,
      }
    }),
  )
  const order = { running: 0, upcoming: 1, ended: 2 }
  return list.sort((a, b) => order[a.phase] - order[b.phase])
}
