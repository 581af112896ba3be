import type { Pool, PoolClient } from '../../database/databaseOf'
import type { contestAttempts } from '../../database/tables/answers'

/** A stored attempt, as `contest_attempts` holds it (its declaration's types), with whether its time is up. */
export type ContestAttemptRow = Pick<
  typeof contestAttempts.$inferSelect,
  'id' | 'number' | 'seed' | 'questionIds' | 'startedAt' | 'deadlineAt' | 'submittedAt' | 'score' | 'correctCount' | 'durationMs'
> & {
  /** The deadline has passed, on the database's clock (the one that stamps answers). */
  timeUp: boolean
}

/** The columns of `contest_attempts` that make a `ContestAttemptRow`. */
export const contestAttemptColumns = `id, number, seed, question_ids as "questionIds", started_at as "startedAt", deadline_at as "deadlineAt",
  submitted_at as "submittedAt", score, correct_count as "correctCount", duration_ms as "durationMs", now() > deadline_at as "timeUp"`

/** The member's attempt `number` (or their latest when `number` is null), optionally locked for update. */
export async function findContestAttempt(
  db: Pool | PoolClient,
  where: { contestId: number; memberId: number; number: number | null },
  lock = false,
): Promise<ContestAttemptRow | undefined> {
  const { rows } = await db.query<ContestAttemptRow>({
    // Named, so each connection plans it once: every start, answer and hand-in asks it.
    name: lock ? 'contest.findAttemptForUpdate' : 'contest.findAttempt',
    text: `select ${contestAttemptColumns} from contest_attempts where contest_id = $1 and member_id = $2 and ($3::int is null or number = $3)
     order by number desc limit 1 ${lock ? 'for update' : ''}`,
    values: [where.contestId, where.memberId, where.number],
  })
  return rows[0]
}

/** The member's stored choices for an attempt and whether each was right when it arrived, by question id. */
export async function attemptAnswers(
  db: Pool | PoolClient,
  attemptId: number,
): Promise<Map<number, { chosen: string[]; correct: boolean }>> {
  const { rows } = await db.query<{ questionId: number; chosen: string[]; correct: boolean }>({
    name: 'contest.attemptAnswers',
    text: `select question_id as "questionId", chosen, correct from contest_answers where attempt_id = $1 and answered_at <= (select deadline_at from contest_attempts where id = $1)`,
    values: [attemptId],
  })
  return new Map(rows.map(({ questionId, chosen, correct }) => [questionId, { chosen, correct }]))
}
