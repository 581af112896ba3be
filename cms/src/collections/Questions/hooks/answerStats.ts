import type { FieldHook } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { staffRoles } from '../../../access/roles'
import { databaseOf } from '../../../database/databaseOf'
import { t } from '../../../i18n/messages'

/**
 * The editors' statistics for a question, computed from `question_answers` when staff read it
 * (admin list and edit view, REST): how often it was answered and answered right. Nobody else gets it.
 */
export const answerStats: FieldHook = async ({ data, originalDoc, req }) => {
  const id = (originalDoc ?? data)?.id
  if (typeof id !== 'number' || !hasRole(req, staffRoles)) return null
  const pool = databaseOf(req.payload)
  const { rows } = await pool.query<{ answered: number; correct: number }>(
    'select count(*)::int as answered, count(*) filter (where correct)::int as correct from question_answers where question_id = $1',
    [id],
  )
  const { answered = 0, correct = 0 } = rows[0] ?? {}
  if (answered === 0) return t('question.stats.none')
  return t('question.stats.line', { answered, correct, rate: Math.round((correct / answered) * 100) })
}
