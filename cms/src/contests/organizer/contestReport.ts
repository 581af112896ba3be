import type { ContestReport } from '@xuexi/contract/contests/ContestReport'
import { closeContestAttempts } from '../closeContestAttempts'
import { contestLeaderboard } from '../contestLeaderboard'
import { contestNotTaken } from './contestNotTaken'
import { hardestQuestions } from './hardestQuestions'
import type { OrganizedContest } from './OrganizedContest'

const notTakenShown = 200

/**
 * Everything the dashboard shows, in the organizer's scope: attempts whose time ran out are closed first
 * (one statement), then the branches rolled up the tree, the leaders, the questions answered right least
 * often, and who has not taken the contest (the first 200 and the count).
 */
export async function contestReport(organized: OrganizedContest): Promise<ContestReport> {
  const { pool, rules, scope } = organized
  await closeContestAttempts(pool, { contestId: rules.id, expired: true }, rules.passScore)
  const [board, hardest, notTaken] = await Promise.all([
    contestLeaderboard(pool, rules, { memberId: null, scope }),
    hardestQuestions(organized),
    contestNotTaken(pool, rules, scope),
  ])
  return {
    contest: {
      id: rules.id,
      title: rules.title,
      startsAt: rules.startsAt.toISOString(),
      endsAt: rules.endsAt.toISOString(),
      passScore: rules.passScore,
      certificateTop: rules.certificateTop,
    },
    branches: board.branches,
    top: board.top,
    hardestQuestions: hardest,
    notTaken: { count: notTaken.length, members: notTaken.slice(0, notTakenShown) },
  }
}
