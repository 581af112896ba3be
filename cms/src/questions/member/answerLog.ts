import { studyDay } from '@xuexi/contract/chinaTime'
import type { Pool, PoolClient } from '../../database/databaseOf'

/** Where a member answered a bank question. */
export type AnswerContext = 'daily' | 'book' | 'topic'

/** One scored answer to a bank question. */
export interface ScoredAnswer {
  questionId: number
  response: string[]
  correct: boolean
}

/**
 * The one writer of `question_answers` (every answer, for the editors' statistics and the daily
 * draw) and `wrong_answers` (the 错题本): a wrong answer enters or stays in the book, a right one
 * clears it. Runs in the caller's transaction.
 */
export async function recordAnswers(
  client: PoolClient,
  props: { memberId: number; context: AnswerContext; answers: ScoredAnswer[] },
): Promise<void> {
  for (const answer of props.answers) {
    await client.query(`insert into question_answers (member_id, question_id, context, correct, response) values ($1, $2, $3, $4, $5)`, [
      props.memberId,
      answer.questionId,
      props.context,
      answer.correct,
      JSON.stringify(answer.response),
    ])
    if (answer.correct) {
      await client.query('delete from wrong_answers where member_id = $1 and question_id = $2', [props.memberId, answer.questionId])
    } else {
      await client.query(
        `insert into wrong_answers as w (member_id, question_id, wrong_count, last_wrong_at, last_response)
         values ($1, $2, 1, now(), $3)
         on conflict (member_id, question_id) do update
           set wrong_count = w.wrong_count + 1, last_wrong_at = now(), last_response = excluded.last_response`,
        [props.memberId, answer.questionId, JSON.stringify(answer.response)],
      )
    }
  }
}

/** A wrong-book entry as stored. */
export interface WrongAnswerRow {
  questionId: number
  wrongCount: number
  lastWrongAt: Date
  lastWrongDay: string
  lastResponse: string[]
}

/** The member's wrong-answer book, the most recent mistakes first. */
export async function readWrongAnswers(pool: Pool | PoolClient, memberId: number): Promise<WrongAnswerRow[]> {
  const { rows } = await pool.query<Omit<WrongAnswerRow, 'lastWrongDay'>>(
    `select question_id as "questionId", wrong_count as "wrongCount", last_wrong_at as "lastWrongAt", last_response as "lastResponse"
     from wrong_answers where member_id = $1 order by last_wrong_at desc`,
    [memberId],
  )
  return rows.map((row) => ({ ...row, lastWrongDay: studyDay(row.lastWrongAt) }))
}

/** The study day (China time) each question was last answered by the member. */
export async function readLastAnswered(pool: Pool | PoolClient, memberId: number): Promise<Map<number, string>> {
  const { rows } = await pool.query<{ questionId: number; at: Date }>(
    `select question_id as "questionId", max(answered_at) as at from question_answers where member_id = $1 group by question_id`,
    [memberId],
  )
  return new Map(rows.map((row) => [row.questionId, studyDay(row.at)]))
}
