import { randomInt } from 'node:crypto'
import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import { cmsError } from '../../errors/cmsError'
import { closeContestAttempts } from '../closeContestAttempts'
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
  const paper = await drawAttemptQuestions(context)
  // Nearly every start of a burst is a member's first: one statement stores attempt 1 unless they have one.
  const first = paper.length > 0 ? await insertAttempt(context, { number: 1, paper, unlessAny: true }) : undefined
  if (first) return presentContestAttempt(context, first, { justStarted: true })
  const where = { contestId: rules.id, memberId: context.memberId, number: null }
  let last = await findContestAttempt(context.pool, where)
  if (last && !last.submittedAt) {
    if (last.deadlineAt.getTime() > Date.now()) return presentContestAttempt(context, last)
    await closeContestAttempts(context.pool, { ...where, number: last.number }, rules.passScore)
    last = await findContestAttempt(context.pool, where)
  }
  const number = (last?.number ?? 0) + 1
  if (number > rules.maxAttempts) throw cmsError('contest.attemptsUsed', 409, { max: rules.maxAttempts })
  if (paper.length === 0) throw cmsError('contest.noQuestions', 409)
  const started = await insertAttempt(context, { number, paper, unlessAny: false })
  if (started) return presentContestAttempt(context, started, { justStarted: true })
  return presentContestAttempt(context, (await findContestAttempt(context.pool, { ...where, number })) as ContestAttemptRow)
}

/**
 * Stores attempt `number` with `paper` (its question ids) and returns it; undefined when that number
 * exists already (two taps on “开始答题” race for it: the unique index lets one win, the other reads it)
 * or, with `unlessAny`, when the member has any attempt at all.
 */
async function insertAttempt(context: MemberContest, props: { number: number; paper: number[]; unlessAny: boolean }) {
  const { rules } = context
  const { number, paper: questionIds, unlessAny } = props
  const { rows } = await context.pool.query<ContestAttemptRow>({
    name: unlessAny ? 'contest.insertFirstAttempt' : 'contest.insertAttempt',
    text: `insert into contest_attempts (contest_id, member_id, organization_id, number, seed, question_ids, started_at, deadline_at)
     select $1::int, $2::int, $3::int, $4::int, $5::int, $6::int[], now(), least(now() + make_interval(mins => $7::int), $8::timestamptz)
     ${unlessAny ? 'where not exists (select 1 from contest_attempts where contest_id = $1 and member_id = $2)' : ''}
     on conflict (contest_id, member_id, number) do nothing
     returning ${contestAttemptColumns}`,
    values: [
      rules.id,
      context.memberId,
      context.organizationId,
      number,
      randomInt(1, 2 ** 31),
      questionIds,
      rules.timeLimitMinutes,
      rules.endsAt,
    ],
  })
  return rows[0]
}
