import { and, desc, eq, max, sql } from '@payloadcms/db-postgres/drizzle'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { Pool, PoolClient } from '../../database/databaseOf'
import { questionAnswers, type ScoredAnswer, wrongAnswers } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'

export type { ScoredAnswer } from '../../database/tables/answers'

/** Where a member answered a bank question. */
export type AnswerContext = 'daily' | 'book' | 'topic'

/**
 * The one writer of `question_answers` (every answer, for the editors' statistics and the daily
 * draw) and `wrong_answers` (the 错题本): a wrong answer enters or stays in the book, a right one
 * clears it. Runs in the caller's transaction.
 */
export async function recordAnswers(
  client: PoolClient,
  props: { memberId: number; context: AnswerContext; answers: ScoredAnswer[] },
): Promise<void> {
  const db = typedDatabase(client)
  for (const answer of props.answers) {
    const { memberId } = props
    const { questionId, response, correct } = answer
    await db.insert(questionAnswers).values({ memberId, questionId, context: props.context, correct, response })
    if (correct) {
      await db.delete(wrongAnswers).where(and(eq(wrongAnswers.memberId, memberId), eq(wrongAnswers.questionId, questionId)))
    } else {
      await db
        .insert(wrongAnswers)
        .values({ memberId, questionId, lastResponse: response })
        .onConflictDoUpdate({
          target: [wrongAnswers.memberId, wrongAnswers.questionId],
          set: { wrongCount: sql`${wrongAnswers.wrongCount} + 1`, lastWrongAt: sql`now()`, lastResponse: response },
        })
    }
  }
}

/** A wrong-book entry as stored, with the study day of its last mistake. */
export type WrongAnswerRow = Pick<typeof wrongAnswers.$inferSelect, 'questionId' | 'wrongCount' | 'lastWrongAt' | 'lastResponse'> & {
  lastWrongDay: string
}

/** The member's wrong-answer book, the most recent mistakes first. */
export async function readWrongAnswers(connection: Pool | PoolClient, memberId: number): Promise<WrongAnswerRow[]> {
  const rows = await typedDatabase(connection)
    .select({
      questionId: wrongAnswers.questionId,
      wrongCount: wrongAnswers.wrongCount,
      lastWrongAt: wrongAnswers.lastWrongAt,
      lastResponse: wrongAnswers.lastResponse,
    })
    .from(wrongAnswers)
    .where(eq(wrongAnswers.memberId, memberId))
    .orderBy(desc(wrongAnswers.lastWrongAt))
  return rows.map((row) => ({ ...row, lastWrongDay: studyDay(row.lastWrongAt) }))
}

/** The study day (China time) each question was last answered by the member. */
export async function readLastAnswered(connection: Pool | PoolClient, memberId: number): Promise<Map<number, string>> {
  const rows = await typedDatabase(connection)
    .select({ questionId: questionAnswers.questionId, at: max(questionAnswers.answeredAt) })
    .from(questionAnswers)
    .where(eq(questionAnswers.memberId, memberId))
    .groupBy(questionAnswers.questionId)
  return new Map(rows.flatMap((row) => (row.at ? [[row.questionId, studyDay(row.at)]] : [])))
}
