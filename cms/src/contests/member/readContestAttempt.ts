import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import { cmsError } from '../../errors/cmsError'
import { closeContestAttempts } from '../closeContestAttempts'
import { type ContestAttemptRow, findContestAttempt } from './contestAttemptRow'
import type { MemberContest } from './MemberContest'
import { presentContestAttempt } from './presentContestAttempt'

/** The member's own attempt `number`: the paper while open, the result once handed in or timed out (closed on reading). */
export async function readContestAttempt(context: MemberContest, number: number): Promise<ContestAttemptView> {
  const where = { contestId: context.rules.id, memberId: context.memberId, number }
  let attempt = await findContestAttempt(context.pool, where)
  if (!attempt) throw cmsError('contest.attemptUnknown', 404, { number })
  if (!attempt.submittedAt && attempt.timeUp) {
    await closeContestAttempts(context.pool, where, context.rules.passScore)
    attempt = (await findContestAttempt(context.pool, where)) as ContestAttemptRow
  }
  return presentContestAttempt(context, attempt)
}
