import { and, eq, inArray } from '@payloadcms/db-postgres/drizzle'
import type { TopicQuizSummary } from '@xuexi/contract/questions/TopicQuizView'
import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { topicQuizResults } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'
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
    typedDatabase(databaseOf(req.payload))
      .select({ quizId: topicQuizResults.quizId, correctCount: topicQuizResults.correctCount, total: topicQuizResults.total })
      .from(topicQuizResults)
      .where(and(eq(topicQuizResults.memberId, req.user.id as number), inArray(topicQuizResults.quizId, ids))),
  ])
  const counts = new Map(full.docs.map((doc) => [doc.id, (doc.questions ?? []).length]))
  const byQuiz = new Map(results.map((row) => [row.quizId, { correctCount: row.correctCount, total: row.total }]))
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
