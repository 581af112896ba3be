import type { TopicQuizSummary } from '@xuexi/contract/questions/TopicQuizView'
import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'

/** The most sets one list shows (open at once; editors rarely run more than a handful). */
const listLimit = 50

/** The topic quizzes open now that the signed-in member may see, closing soonest first, with their scored result where they have one. */
export async function openTopicQuizzes(req: PayloadRequest, now = new Date()): Promise<TopicQuizSummary[]> {
  if (!req.user) throw cmsError('topicQuiz.loginRequired', 401)
  const found = await req.payload.find({
    collection: 'topic-quizzes',
    where: { closesAt: { greater_than: now.toISOString() } },
    sort: 'closesAt',
    limit: listLimit,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const ids = found.docs.map((doc) => doc.id)
  // The question count comes from the full document: `questions` is a staff-only field.
  const [full, results] = await Promise.all([
    req.payload.find({
      collection: 'topic-quizzes',
      where: { id: { in: ids } },
      select: { questions: true },
      depth: 0,
      limit: listLimit,
      pagination: false,
      overrideAccess: true,
    }),
    databaseOf(req.payload).query<{ quizId: number; correctCount: number; total: number }>(
      `select quiz_id as "quizId", correct_count as "correctCount", total from topic_quiz_results where member_id = $1 and quiz_id = any($2)`,
      [req.user.id, ids],
    ),
  ])
  const counts = new Map(full.docs.map((doc) => [doc.id, (doc.questions ?? []).length]))
  const byQuiz = new Map(results.rows.map((row) => [row.quizId, { correctCount: row.correctCount, total: row.total }]))
  return found.docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    description: doc.description ?? null,
    topic: doc.topic ?? null,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    questionCount: counts.get(doc.id) ?? 0,
    result: byQuiz.get(doc.id) ?? null,
  }))
}
