import type { CampaignReport, ReportedMember } from '@xuexi/contract/campaigns/CampaignReport'
import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import { addDays, studyDay } from '@xuexi/contract/chinaTime'
import { campaignStandings } from '../campaignStandings'
import { branchRollup, rate } from './branchRollup'
import { campaignTargetCounts } from './campaignTargetCounts'
import { dailyActiveReaders } from './dailyActiveReaders'
import type { OrganizedCampaign } from './OrganizedCampaign'
import { loadOrganizationTree, type OrganizationNode, organizationPath } from './organizationTree'
import { itemKey } from './readableItemTitles'

const listLength = { top: 10, notStarted: 50 }

/**
 * The organizer dashboard's data for the members in the viewer's scope: one pass over the standings
 * (campaignStandings) rolled up through the organization tree in memory, plus the daily active readers
 * (study_daily), the target head-counts and the reflections awaiting review, queried side by side.
 */
export async function campaignReport(organized: OrganizedCampaign, now = new Date()): Promise<CampaignReport> {
  const { pool, plan, campaign, scope } = organized
  const lastDay = [plan.endsOn, studyDay(now)].sort()[0] as string
  const [standings, tree, targetCounts, readers, review] = await Promise.all([
    campaignStandings(pool, plan, { organizationIds: scope }),
    loadOrganizationTree(pool),
    campaignTargetCounts(pool, plan.id, scope),
    dailyActiveReaders(pool, plan.id, scope, plan.startsOn, lastDay),
    pool.query<{ count: number }>(
      `select count(*)::int as count from campaign_reflections
       where campaign_id = $1 and status = 'submitted' and reviewed_at is null and ($2::int[] is null or organization_id = any($2::int[]))`,
      [plan.id, scope],
    ),
  ])
  const branches = branchRollup(tree, scope, standings, targetCounts)
  const enrolled = standings.length
  const started = standings.filter((standing) => standing.started).length
  const completed = standings.filter((standing) => standing.completedAt).length
  const targetMembers = [...targetCounts.values()].reduce((sum, count) => sum + count, 0)
  const notStarted = standings.filter((standing) => !standing.started)
  const reported = (standing: CampaignStanding) => reportedMember(tree, standing)
  return {
    campaign: {
      id: campaign.id,
      title: campaign.title,
      slug: campaign.slug ?? '',
      status: campaign.status,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
    },
    totals: {
      targetMembers,
      enrolled,
      started,
      completed,
      enrolmentRate: rate(enrolled, targetMembers),
      participationRate: rate(started, enrolled),
      completionRate: rate(completed, enrolled),
    },
    branches,
    daily: dailySeries(plan.startsOn, lastDay, readers, standings),
    top: [...standings]
      .filter((standing) => standing.started)
      .sort((a, b) => b.points - a.points || (a.completedAt ?? '~').localeCompare(b.completedAt ?? '~') || a.memberId - b.memberId)
      .slice(0, listLength.top)
      .map(reported),
    notStarted: {
      total: notStarted.length,
      members: notStarted
        .map(reported)
        .sort((a, b) => a.organization.localeCompare(b.organization, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
        .slice(0, listLength.notStarted),
    },
    items: itemCompletion(organized, standings),
    reflectionsToReview: review.rows[0]?.count ?? 0,
    generatedAt: now.toISOString(),
  }
}

function reportedMember(tree: Map<number, OrganizationNode>, standing: CampaignStanding): ReportedMember {
  return {
    memberId: standing.memberId,
    name: standing.name,
    organization: organizationPath(tree, standing.organizationId),
    points: standing.points,
    itemsMet: standing.itemsMet,
    completedAt: standing.completedAt,
  }
}

function dailySeries(firstDay: string, lastDay: string, active: Map<string, number>, standings: CampaignStanding[]) {
  const completions = new Map<string, number>()
  for (const standing of standings) {
    if (!standing.completedAt) continue
    const day = studyDay(new Date(standing.completedAt))
    completions.set(day, (completions.get(day) ?? 0) + 1)
  }
  const series: CampaignReport['daily'] = []
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1))
    series.push({ day, activeReaders: active.get(day) ?? 0, completions: completions.get(day) ?? 0 })
  return series
}

function itemCompletion({ itemTitles, plan }: OrganizedCampaign, standings: CampaignStanding[]): CampaignReport['items'] {
  const met = plan.items.map(() => 0)
  for (const standing of standings) for (const position of standing.metItems) met[position] = (met[position] ?? 0) + 1
  return plan.items.map((item, position) => {
    return {
      position,
      title: itemTitles.get(itemKey(item)) ?? null,
      collection: item.collection,
      required: item.required,
      met: met[position] ?? 0,
    }
  })
}
