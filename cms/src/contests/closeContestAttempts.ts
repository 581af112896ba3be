import type { Pool, PoolClient } from '../database/databaseOf'

/** Which open attempts to close: one member's attempt, or every attempt of a contest whose time is up. */
export type AttemptsToClose = { contestId: number; memberId: number; number: number } | { contestId: number; expired: true }

/**
 * Closes open attempts in one statement: the attempt is marked submitted at the earlier of now and its
 * deadline, scored from the answers stored for it (only answers that arrived before the deadline are
 * ever stored), and the member's result (`contest_results`, the leaderboard's table) keeps the better of
 * this attempt and their earlier best — higher score, then less time. Returns how many were closed.
 * The caller holds the attempt's row lock when closing one attempt (see `submitContestAttempt`).
 */
export async function closeContestAttempts(db: Pool | PoolClient, which: AttemptsToClose, passScore: number): Promise<number> {
  const one = 'memberId' in which
  const { rowCount } = await db.query(
    `with closing as (
       select a.id, least(now(), a.deadline_at) as closed_at,
         (select count(*)::int from contest_answers x where x.attempt_id = a.id and x.correct and x.answered_at <= a.deadline_at) as correct
       from contest_attempts a
       where a.contest_id = $1 and a.submitted_at is null
         and ${one ? 'a.member_id = $3 and a.number = $4' : 'a.deadline_at < now()'}
     ), closed as (
       update contest_attempts a set submitted_at = c.closed_at, correct_count = c.correct,
         score = round(100.0 * c.correct / greatest(cardinality(a.question_ids), 1))::int,
         duration_ms = greatest(0, floor(extract(epoch from c.closed_at - a.started_at) * 1000))::int
       from closing c where a.id = c.id and a.submitted_at is null
       returning a.contest_id, a.member_id, a.organization_id, a.number, a.score, a.duration_ms, a.submitted_at
     )
     insert into contest_results (contest_id, member_id, organization_id, score, duration_ms, attempt_number, submitted_at, passed, attempts)
     select contest_id, member_id, organization_id, score, duration_ms, number, submitted_at, score >= $2, 1 from closed
     on conflict (contest_id, member_id) do update set
       attempts = contest_results.attempts + 1,
       passed = contest_results.passed or excluded.passed,
       score = case when ${better} then excluded.score else contest_results.score end,
       duration_ms = case when ${better} then excluded.duration_ms else contest_results.duration_ms end,
       attempt_number = case when ${better} then excluded.attempt_number else contest_results.attempt_number end,
       submitted_at = case when ${better} then excluded.submitted_at else contest_results.submitted_at end,
       organization_id = excluded.organization_id`,
    one ? [which.contestId, passScore, which.memberId, which.number] : [which.contestId, passScore],
  )
  return rowCount ?? 0
}

const better = `(excluded.score > contest_results.score or (excluded.score = contest_results.score and excluded.duration_ms < contest_results.duration_ms))`
