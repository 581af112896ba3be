import { randomInt } from 'node:crypto'
import { cmsError } from '../../errors/cmsError'
import { closeContestAttempts } from '../closeContestAttempts'
import type { ContestAttemptView } from './ContestAttemptView'
import { type ContestAttemptRow, contestAttemptColumns, findContestAttempt } from './contestAttemptRow'
import { drawAttemptQuestions } from './drawAttemptQuestions'
import type { MemberContest } from './MemberContest'
import { presentContestAttempt } from './presentContestAttempt'

/**
 * Starts the member's next attempt, or returns the one still open (a reload shows the same paper). Its
 * deadline — the time limit from now, or the contest's end if that comes first — is stored with it and
 * decides which answers count. An open attempt whose time is up is closed first. Refused outside the
 * contest's window and when every allowed attempt is used.
 */
export async function startContestAttempt(context: MemberContest): Promise<ContestAttemptView> {
  const { rules } = context
  if (context.phase === 'upcoming') throw cmsError('contest.notOpenYet', 409)
  if (context.phase === 'ended') throw cmsError('contest.ended', 409)
  const where = { contestId: rules.id, memberId: context.memberId, number: null }
  let last = await findContestAttempt(context.pool, where)
  if (last && !last.submittedAt) {
    if (last.deadlineAt.getTime() > Date.now()) return presentContestAttempt(context, last)
    await closeContestAttempts(context.pool, { ...where, number: last.number }, rules.passScore)
    last = await findContestAttempt(context.pool, where)
  }
  const number = (last?.number ?? 0) + 1
  if (number > rules.maxAttempts) throw cmsError('contest.attemptsUsed', 409, { max: rules.maxAttempts })
  const questionIds = await drawAttemptQuestions(context)
  // Two taps on “开始答题” race for the same number; the unique index lets one win, the other reads it.
  const inserted = await context.pool.query<ContestAttemptRow>(
    `insert into contest_attempts (contest_id, member_id, organization_id, number, seed, question_ids, started_at, deadline_at)
     values ($1, $2, $3, $4, $5, $6, now(), least(now() + make_interval(mins => $7), $8))
     on conflict (contest_id, member_id, number) do nothing
     returning ${contestAttemptColumns}`,
    [rules.id, context.memberId, context.organizationId, number, randomInt(1, 2 ** 31), questionIds, rules.timeLimitMinutes, rules.endsAt],
  )
  const started = inserted.rows[0]
  if (started) return presentContestAttempt(context, started, { justStarted: true })
  return presentContestAttempt(context, (await findContestAttempt(context.pool, { ...where, number })) as ContestAttemptRow)
}
