import type { Pool } from 'pg'

/** What the database holds against what the load sent: answers lost or changed, counted twice, and scores that differ from a recomputation. */
export interface ContestAudit {
  /** Sent answers not stored, or stored with other choices (members without a submitted attempt count all theirs), and missing results. */
  lost: number
  /** Stored answers nobody sent, attempts beyond one, results counting more than one attempt. */
  doubled: number
  /** Attempts or results whose score or correct count differs from the answers recomputed against the key, or from what the hand-in answered. */
  wrongScores: number
}

const sameChoice = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value))

/**
 * Reads every attempt, answer and result of `members` in the contest and checks them against the answers
 * each member sent and the answer key: every sent answer stored exactly once with its choices, one
 * submitted attempt and one result per member, and every score equal to round(100 × right / questions).
 */
export async function auditContest(
  pool: Pool,
  props: {
    contestId: number
    members: Array<{ id: number; answers: Record<string, string[]> }>
    keys: Record<string, string[]>
    handIns: Record<string, { score: number | null; correctCount: number | null }>
  },
): Promise<ContestAudit> {
  const ids = props.members.map((member) => member.id)
  const [attempts, results] = await Promise.all([
    pool.query<{
      memberId: number
      submitted: boolean
      score: number | null
      correctCount: number | null
      answers: Record<string, string[]>
    }>(
      `select a.member_id as "memberId", a.submitted_at is not null as submitted, a.score, a.correct_count as "correctCount",
         coalesce(jsonb_object_agg(x.question_id, x.chosen) filter (where x.question_id is not null), '{}') as answers
       from contest_attempts a left join contest_answers x on x.attempt_id = a.id
       where a.contest_id = $1 and a.member_id = any($2::int[]) group by a.id`,
      [props.contestId, ids],
    ),
    pool.query<{ memberId: number; score: number; attempts: number }>(
      'select member_id as "memberId", score, attempts from contest_results where contest_id = $1 and member_id = any($2::int[])',
      [props.contestId, ids],
    ),
  ])
  const attemptsOf = new Map<number, typeof attempts.rows>()
  for (const row of attempts.rows) attemptsOf.set(row.memberId, [...(attemptsOf.get(row.memberId) ?? []), row])
  const resultOf = new Map(results.rows.map((row) => [row.memberId, row]))
  const questionCount = Object.keys(props.keys).length
  const audit: ContestAudit = { lost: 0, doubled: 0, wrongScores: 0 }
  for (const member of props.members) {
    const sent = Object.entries(member.answers)
    const [attempt, ...extra] = attemptsOf.get(member.id) ?? []
    audit.doubled += extra.length
    if (!attempt?.submitted) {
      audit.lost += sent.length
      continue
    }
    audit.lost += sent.filter(([question, chosen]) => !sameChoice(attempt.answers[question] ?? [], chosen)).length
    audit.doubled += Object.keys(attempt.answers).filter((question) => !(question in member.answers)).length
    const right = sent.filter(([question, chosen]) => sameChoice(props.keys[question] ?? [], chosen)).length
    const score = Math.round((100 * right) / Math.max(questionCount, 1))
    const result = resultOf.get(member.id)
    const answered = props.handIns[String(member.id)]
    if (!result) audit.lost += 1
    else if (result.attempts !== 1) audit.doubled += 1
    const scores = [attempt.score, result?.score, answered?.score]
    if (attempt.correctCount !== right || answered?.correctCount !== right || scores.some((value) => value !== score))
      audit.wrongScores += 1
  }
  return audit
}
