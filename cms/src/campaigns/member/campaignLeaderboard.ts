import type { Leaderboard } from '@xuexi/contract/campaigns/Leaderboard'
import { cmsError } from '../../errors/cmsError'
import { campaignStandings } from '../campaignStandings'
import type { MemberCampaign } from './MemberCampaign'

const topRows = 20

/**
 * The campaign's leaderboard for one of its members. Individual mode shows only names and points
 * (ties share a rank); branch mode only each branch's member count, total and average points.
 */
export async function campaignLeaderboard(context: MemberCampaign): Promise<Leaderboard> {
  if (!context.enrolled) throw cmsError('campaign.leaderboardMembersOnly', 403)
  if (context.plan.leaderboard === 'none') return { mode: 'none' }
  const standings = await campaignStandings(context.pool, context.plan)
  if (context.plan.leaderboard === 'individual') {
    const sorted = [...standings].sort((a, b) => b.points - a.points || a.memberId - b.memberId)
    const ranked: Array<{ standing: (typeof sorted)[number]; rank: number }> = []
    for (const [index, standing] of sorted.entries()) {
      const previous = ranked[index - 1]
      ranked.push({ standing, rank: previous && previous.standing.points === standing.points ? previous.rank : index + 1 })
    }
    const mine = ranked.find((entry) => entry.standing.memberId === context.memberId)
    return {
      mode: 'individual',
      rows: ranked.slice(0, topRows).map(({ standing, rank }) => ({
        rank,
        name: standing.name,
        points: standing.points,
        me: standing.memberId === context.memberId,
      })),
      me: mine ? { rank: mine.rank, points: mine.standing.points } : null,
      participants: standings.length,
    }
  }
  const branches = new Map<number | null, { members: number; totalPoints: number }>()
  for (const standing of standings) {
    const branch = branches.get(standing.organizationId) ?? { members: 0, totalPoints: 0 }
    branches.set(standing.organizationId, { members: branch.members + 1, totalPoints: branch.totalPoints + standing.points })
  }
  const ids = [...branches.keys()].filter((id): id is number => id !== null)
  const { rows: names } = await context.pool.query<{ id: number; name: string }>(
    'select id, name from organizations where id = any($1::int[])',
    [ids],
  )
  const myBranch = standings.find((standing) => standing.memberId === context.memberId)?.organizationId ?? null
  const rows = [...branches.entries()]
    .map(([id, branch]) => ({
      organization: names.find((row) => row.id === id)?.name ?? '未分配组织',
      members: branch.members,
      totalPoints: branch.totalPoints,
      averagePoints: Math.round((branch.totalPoints / branch.members) * 10) / 10,
      mine: id === myBranch,
    }))
    .sort((a, b) => b.averagePoints - a.averagePoints || b.totalPoints - a.totalPoints)
  return { mode: 'branch', rows: rows.map((row, index) => ({ rank: index + 1, ...row })) }
}
