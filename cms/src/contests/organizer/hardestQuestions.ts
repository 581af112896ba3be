import type { QuestionFigures } from '@xuexi/contract/contests/ContestReport'
import type { Pool } from '../../database/databaseOf'
import { loadContestQuestions } from '../contestQuestionBank'
import type { OrganizedContest } from './OrganizedContest'

/** The questions the participants in scope got right least often, from handed-in attempts (lowest first). */
export async function hardestQuestions(organized: OrganizedContest, limit = 10): Promise<QuestionFigures[]> {
  const pool: Pool = organized.pool
  const { rows } = await pool.query<{ questionId: number; shown: number; correct: number }>(
    `select q.question_id as "questionId", count(*)::int as shown, count(x.correct) filter (where x.correct)::int as correct
     from contest_attempts a cross join unnest(a.question_ids) as q(question_id)
     left join contest_answers x on x.attempt_id = a.id and x.question_id = q.question_id
     where a.contest_id = $1 and a.submitted_at is not null and ($2::int[] is null or a.organization_id = any($2::int[]))
     group by q.question_id order by count(x.correct) filter (where x.correct)::float / count(*), q.question_id limit $3`,
    [organized.rules.id, organized.scope, limit],
  )
  const bank = await loadContestQuestions(
    organized.payload,
    rows.map((row) => row.questionId),
  )
  return rows.map((row) => ({
    ...row,
    prompt: bank.get(row.questionId)?.prompt ?? '',
    correctRate: row.shown > 0 ? Math.round((row.correct / row.shown) * 1000) / 1000 : 0,
  }))
}
