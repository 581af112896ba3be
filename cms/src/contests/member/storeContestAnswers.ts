import type { PoolClient } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'
import { scoreQuestion } from '../../questions/scoreQuestion'
import type { ContestQuestion } from '../ContestQuestion'
import type { ContestAnswerInput } from './contestAnswersInput'
import type { ContestAttemptRow } from './contestAttemptRow'

/**
 * Stores answers on the member's open attempt, each scored as it arrives, inside the caller's
 * transaction that holds the attempt's row lock. One row per (attempt, question): sending the same
 * answer again changes nothing, a changed answer replaces the earlier one, and the database's clock
 * refuses any row once the deadline has passed. A question that is not on this attempt's paper is refused.
 * `bank` holds the answered questions, loaded by the caller before the transaction began: reading the
 * bank needs a connection of its own, and waiting for one while holding the attempt's lock and
 * connection would let a burst of hand-ins take every pooled connection and wait on each other.
 */
export async function storeContestAnswers(
  client: PoolClient,
  bank: ReadonlyMap<number, ContestQuestion>,
  attempt: ContestAttemptRow,
  answers: ContestAnswerInput[],
): Promise<number> {
  if (answers.length === 0) return 0
  const stray = answers.find((answer) => !attempt.questionIds.includes(answer.questionId))
  if (stray) throw cmsError('contest.questionNotOnPaper', 400)
  const correct = answers.map((answer) => {
    const question = bank.get(answer.questionId)
    return question ? scoreQuestion(question.source, answer.chosen) : false
  })
  const { rowCount } = await client.query(
    `insert into contest_answers (attempt_id, question_id, chosen, correct, answered_at)
     select $1, t.question, t.chosen::jsonb, t.correct, now()
     from unnest($2::int[], $3::text[], $4::bool[]) as t(question, chosen, correct)
     where exists (select 1 from contest_attempts a where a.id = $1 and a.submitted_at is null and now() <= a.deadline_at)
     on conflict (attempt_id, question_id) do update
       set chosen = excluded.chosen, correct = excluded.correct, answered_at = excluded.answered_at
       where contest_answers.chosen is distinct from excluded.chosen`,
    [attempt.id, answers.map((answer) => answer.questionId), answers.map((answer) => JSON.stringify(answer.chosen)), correct],
  )
  return rowCount ?? 0
}
