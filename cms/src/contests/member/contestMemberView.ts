import type { ContestMemberView } from '@xuexi/contract/contests/ContestMemberView'
import { closeContestAttempts } from '../closeContestAttempts'
import { memberRank } from '../contestLeaderboard'
import type { MemberContest } from './MemberContest'

/** What the member sees of the contest: the rules, their attempts, their best result and rank (an expired attempt is closed first). */
export async function contestMemberView(context: MemberContest): Promise<ContestMemberView> {
  const { rules, pool, memberId } = context
  const { rows: open } = await pool.query<{ number: number }>(
    `select number from contest_attempts where contest_id = $1 and member_id = $2 and submitted_at is null and now() > deadline_at`,
    [rules.id, memberId],
  )
  for (const { number } of open) await closeContestAttempts(pool, { contestId: rules.id, memberId, number }, rules.passScore)
  const [{ rows: attempts }, rank] = await Promise.all([
    pool.query<{ number: number; submitted: boolean; score: number | null; deadlineAt: Date }>(
      `select number, submitted_at is not null as submitted, score, deadline_at as "deadlineAt"
       from contest_attempts where contest_id = $1 and member_id = $2 order by number`,
      [rules.id, memberId],
    ),
    memberRank(pool, rules.id, memberId),
  ])
  const openAttempt = attempts.find((attempt) => !attempt.submitted)?.number ?? null
  const passed = attempts.some((attempt) => attempt.score !== null && attempt.score >= rules.passScore)
  const result = rank ? { ...rank, passed } : null
  return {
    contest: {
      id: rules.id,
      title: rules.title,
      description: rules.description,
      startsAt: rules.startsAt.toISOString(),
      endsAt: rules.endsAt.toISOString(),
      timeLimitMinutes: rules.timeLimitMinutes,
      maxAttempts: rules.maxAttempts,
      passScore: rules.passScore,
      certificateTop: rules.certificateTop,
    },
    phase: context.phase,
    attempts: attempts.map((attempt) => ({ ...attempt, deadlineAt: attempt.deadlineAt.toISOString() })),
    openAttempt,
    canStart: context.phase === 'running' && (openAttempt !== null || attempts.length < rules.maxAttempts),
    result,
    certificate: result !== null && (result.passed || result.rank <= rules.certificateTop),
  }
}
