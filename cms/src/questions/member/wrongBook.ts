import { and, eq } from '@payloadcms/db-postgres/drizzle'
import type { BookAnswerResult, WrongBookEntry } from '@xuexi/contract/questions/WrongBookEntry'
import type { PayloadRequest } from 'payload'
import { databaseOf, type Pool } from '../../database/databaseOf'
import { wrongAnswers } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { scoreQuestion } from '../scoreQuestion'
import { readWrongAnswers, recordAnswers } from './answerLog'
import { loadBankQuestions } from './loadBankQuestions'
import { reviewQuestion } from './presentQuestion'
import { readableQuestionIds } from './readableQuestionIds'

function memberOf(req: PayloadRequest): { memberId: number; pool: Pool } {
  if (!req.user) throw cmsError('quiz.loginRequired', 401)
  return { memberId: req.user.id as number, pool: databaseOf(req.payload) }
}

/** The signed-in member's wrong-answer book, newest mistakes first, limited to questions they may still see. */
export async function readWrongBook(req: PayloadRequest): Promise<WrongBookEntry[]> {
  const { memberId, pool } = memberOf(req)
  const rows = await readWrongAnswers(pool, memberId)
  const readable = await readableQuestionIds(
    req,
    rows.map((row) => row.questionId),
  )
  const questions = await loadBankQuestions(
    req.payload,
    rows.filter((row) => readable.has(row.questionId)).map((row) => row.questionId),
  )
  const byId = new Map(questions.map((question) => [question.numericId, question]))
  return rows.flatMap((row) => {
    const question = byId.get(row.questionId)
    if (!question) return []
    return [
      {
        question: reviewQuestion(question, row.lastResponse, false),
        wrongCount: row.wrongCount,
        lastWrongAt: row.lastWrongAt.toISOString(),
      },
    ]
  })
}

/**
 * Answers a question of the member's own book again: right clears it, wrong keeps it (counted once
 * more). A question no longer in the book (already cleared, e.g. by a repeated submission) is
 * reported as cleared and nothing is recorded; one they may not see is not found.
 */
export async function answerFromBook(req: PayloadRequest, questionId: number, response: string[]): Promise<BookAnswerResult> {
  const { memberId, pool } = memberOf(req)
  if (!(await readableQuestionIds(req, [questionId])).has(questionId)) throw cmsError('quiz.questionNotFound', 404)
  const [question] = await loadBankQuestions(req.payload, [questionId])
  if (!question) throw cmsError('quiz.questionNotFound', 404)
  const correct = scoreQuestion(question, response)
  const inBook = await withTransaction(pool, async (client) => {
    // Locks the entry, so two identical submissions at once record one answer.
    const entry = await typedDatabase(client)
      .select({ questionId: wrongAnswers.questionId })
      .from(wrongAnswers)
      .where(and(eq(wrongAnswers.memberId, memberId), eq(wrongAnswers.questionId, questionId)))
      .for('update')
    if (entry.length === 0) return false
    await recordAnswers(client, { memberId, context: 'book', answers: [{ questionId, response, correct }] })
    return true
  })
  return { question: reviewQuestion(question, response, correct), cleared: !inBook || correct }
}
