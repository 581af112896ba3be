import { count, eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { FieldHook } from 'payload'
import { hasRole, staffRoles } from '../../../access/roles'
import { databaseOf } from '../../../database/databaseOf'
import { questionAnswers } from '../../../database/tables/answers'
import { typedDatabase } from '../../../database/typedDatabase'
import { t } from '../../../i18n/messages'

/**
 * The editors' statistics for a question, computed from `question_answers` when staff read it
 * (admin list and edit view, REST): how often it was answered and answered right. Nobody else gets it.
 */
export const answerStats: FieldHook = async ({ data, originalDoc, req }) => {
  const id = (originalDoc ?? data)?.id
  if (typeof id !== 'number' || !hasRole(req, staffRoles)) return null
  const [counts] = await typedDatabase(databaseOf(req.payload))
    .select({ answered: count(), correct: sql`count(*) filter (where ${questionAnswers.correct})`.mapWith(Number) })
    .from(questionAnswers)
    .where(eq(questionAnswers.questionId, id))
  const { answered = 0, correct = 0 } = counts ?? {}
  if (answered === 0) return t('question.stats.none')
  return t('question.stats.line', { answered, correct, rate: Math.round((correct / answered) * 100) })
}
