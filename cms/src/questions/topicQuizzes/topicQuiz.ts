import { and, eq } from '@payloadcms/db-postgres/drizzle'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { TopicQuizOutcome, TopicQuizView } from '@xuexi/contract/questions/TopicQuizView'
import type { TopicQuizAnswers } from '@xuexi/contract/questions/topicQuizAnswers'
import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { topicQuizResults } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { loadPointsRules } from '../../tracking/pointsRules'
import { recordAnswers } from '../member/answerLog'
import { awardQuizPoints } from '../member/awardQuizPoints'
import { type LoadedQuestion, loadBankQuestions } from '../member/loadBankQuestions'
import { presentQuestion, reviewQuestion } from '../member/presentQuestion'
import { readableQuestionIds } from '../member/readableQuestionIds'
import { scoreQuestion } from '../scoreQuestion'
import { type LoadedTopicQuiz, loadTopicQuiz } from './loadTopicQuiz'

/** A member's stored result of a topic quiz. */
type ResultRow = Pick<typeof topicQuizResults.$inferSelect, 'answers' | 'correctCount' | 'total' | 'pointsEarned' | 'submittedAt'>

const resultColumns = {
  answers: topicQuizResults.answers,
  correctCount: topicQuizResults.correctCount,
  total: topicQuizResults.total,
  pointsEarned: topicQuizResults.pointsEarned,
  submittedAt: topicQuizResults.submittedAt,
}

/** The member's result row of quiz `quizId`. */
const resultOf = (quizId: number, memberId: number) => and(eq(topicQuizResults.quizId, quizId), eq(topicQuizResults.memberId, memberId))

/** The signed-in member's view of a topic quiz: the paper while open, their scored result once submitted. */
export async function openTopicQuiz(req: PayloadRequest, id: number, now = new Date()): Promise<TopicQuizView> {
  const quiz = await loadTopicQuiz(req, id)
  const questions = await paperQuestions(req, quiz)
  const [result] = await typedDatabase(databaseOf(req.payload))
    .select(resultColumns)
    .from(topicQuizResults)
    .where(resultOf(quiz.id, req.user?.id as number))
  return present(quiz, questions, result ?? null, null, now)
}

/**
 * Scores a submission on the server. The member's first submission is their one scored attempt:
 * stored once (a repeated or concurrent one finds the row and answers with it), answers logged,
 * wrong ones into the 错题本 and right ones out of it, `dailyQuiz` points under the day's shared cap.
 * After that, `practice` rounds are scored and shown but neither stored nor credited. A closed quiz takes no submissions (409).
 */
export async function submitTopicQuiz(req: PayloadRequest, id: number, body: TopicQuizAnswers, now = new Date()): Promise<TopicQuizView> {
  const quiz = await loadTopicQuiz(req, id)
  if (now.getTime() >= Date.parse(quiz.closesAt)) throw cmsError('topicQuiz.closed', 409)
  const memberId = req.user?.id as number
  const questions = await paperQuestions(req, quiz)
  const scored = questions.map((question) => {
    const response = body.answers[String(question.numericId)] ?? []
    return { questionId: question.numericId, response, correct: scoreQuestion(question, response) }
  })
  const correctCount = scored.filter((answer) => answer.correct).length
  const pool = databaseOf(req.payload)
  const rules = await loadPointsRules(req.payload)
  const day = studyDay(now)
  const { stored, inserted } = await withTransaction(pool, async (client) => {
    const db = typedDatabase(client)
    const [fresh] = await db
      .insert(topicQuizResults)
      .values({ quizId: quiz.id, memberId, answers: scored, correctCount, total: scored.length })
      .onConflictDoNothing({ target: [topicQuizResults.quizId, topicQuizResults.memberId] })
      .returning(resultColumns)
    if (!fresh) {
      const [existing] = await db.select(resultColumns).from(topicQuizResults).where(resultOf(quiz.id, memberId))
      return { stored: existing as ResultRow, inserted: false }
    }
    await recordAnswers(client, { memberId, context: 'topic', answers: scored })
    const pointsEarned = await awardQuizPoints(client, { memberId, day, rule: rules.dailyQuiz, correctCount })
    await db.update(topicQuizResults).set({ pointsEarned }).where(resultOf(quiz.id, memberId))
    return { stored: { ...fresh, pointsEarned }, inserted: true }
  })
  const practice: ResultRow | null =
    body.practice && !inserted ? { answers: scored, correctCount, total: scored.length, pointsEarned: 0, submittedAt: now } : null
  return present(quiz, questions, stored, practice, now)
}

// The set's published questions the member may read, in the editors' order.
async function paperQuestions(req: PayloadRequest, quiz: LoadedTopicQuiz): Promise<LoadedQuestion[]> {
  const readable = await readableQuestionIds(req, quiz.questions)
  return loadBankQuestions(
    req.payload,
    quiz.questions.filter((questionId) => readable.has(questionId)),
  )
}

function present(
  quiz: LoadedTopicQuiz,
  questions: LoadedQuestion[],
  result: ResultRow | null,
  practice: ResultRow | null,
  now: Date,
): TopicQuizView {
  const state = now.getTime() < Date.parse(quiz.closesAt) ? 'open' : 'closed'
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    topic: quiz.topic,
    opensAt: quiz.opensAt,
    closesAt: quiz.closesAt,
    questionCount: questions.length,
    policy: quiz.policy ? { title: quiz.policy.title, href: `/policies/${encodeURIComponent(quiz.policy.slug)}` } : null,
    state,
    questions: state === 'open' ? questions.map(presentQuestion) : [],
    result: result && outcome(questions, result),
    practice: practice && outcome(questions, practice),
  }
}

function outcome(questions: LoadedQuestion[], row: ResultRow): TopicQuizOutcome {
  const answers = new Map(row.answers.map((answer) => [answer.questionId, answer]))
  return {
    correctCount: row.correctCount,
    total: row.total,
    pointsEarned: row.pointsEarned,
    submittedAt: new Date(row.submittedAt).toISOString(),
    review: questions.map((question) => {
      const answer = answers.get(question.numericId)
      return reviewQuestion(question, answer?.response ?? [], answer?.correct ?? false)
    }),
  }
}
