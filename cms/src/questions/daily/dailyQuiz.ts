import { and, eq, isNull, sql } from '@payloadcms/db-postgres/drizzle'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { Responses } from '@xuexi/contract/questions/answersInput'
import type { DailyQuizView } from '@xuexi/contract/questions/DailyQuizView'
import type { PayloadRequest } from 'payload'
import { databaseOf, type Pool } from '../../database/databaseOf'
import { dailyPapers } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { loadPointsRules } from '../../tracking/pointsRules'
import { readLastAnswered, readWrongAnswers, recordAnswers } from '../member/answerLog'
import { awardQuizPoints } from '../member/awardQuizPoints'
import { type LoadedQuestion, loadBankQuestions } from '../member/loadBankQuestions'
import { presentQuestion, reviewQuestion } from '../member/presentQuestion'
import { visibleQuestionIds } from '../member/visibleQuestionIds'
import { scoreQuestion } from '../scoreQuestion'
import { loadDailyQuizSize } from './dailyQuizSize'
import { drawDailyQuestions } from './drawDailyQuestions'

/** Today's paper as stored. */
type PaperRow = Pick<typeof dailyPapers.$inferSelect, 'questionIds' | 'answers' | 'correctCount' | 'pointsEarned' | 'submittedAt'>

const paperColumns = {
  questionIds: dailyPapers.questionIds,
  answers: dailyPapers.answers,
  correctCount: dailyPapers.correctCount,
  pointsEarned: dailyPapers.pointsEarned,
  submittedAt: dailyPapers.submittedAt,
}

/** The member's paper of `day`. */
const paperOf = (memberId: number, day: string) => and(eq(dailyPapers.memberId, memberId), eq(dailyPapers.day, day))

function memberOf(req: PayloadRequest): { memberId: number; pool: Pool } {
  if (!req.user) throw cmsError('quiz.loginRequired', 401)
  return { memberId: req.user.id as number, pool: databaseOf(req.payload) }
}

/**
 * Today's paper (China time) for the signed-in member: drawn once (`drawDailyQuestions`) and kept,
 * so a reload shows the same questions; answers and verdicts appear only once it is submitted.
 */
export async function openDailyQuiz(req: PayloadRequest, now = new Date()): Promise<DailyQuizView> {
  const { memberId, pool } = memberOf(req)
  const day = studyDay(now)
  const paper = await ensurePaper(req, pool, memberId, day)
  return presentPaper(day, paper, await loadBankQuestions(req.payload, paper.questionIds))
}

/**
 * Scores and closes today's paper, server side. Only the first submission counts (answers logged,
 * wrong ones into the 错题本, right ones out of it, `dailyQuiz` points per right answer under the
 * day's cap); a repeated one answers with the stored result. A paper of another day is refused.
 */
export async function submitDailyQuiz(
  req: PayloadRequest,
  props: { day: string; answers: Responses },
  now = new Date(),
): Promise<DailyQuizView> {
  const { memberId, pool } = memberOf(req)
  const day = studyDay(now)
  if (props.day !== day) throw cmsError('quiz.dayOver', 409)
  const paper = await ensurePaper(req, pool, memberId, day)
  const questions = await loadBankQuestions(req.payload, paper.questionIds)
  if (paper.submittedAt) return presentPaper(day, paper, questions)
  const scored = questions.map((question) => {
    const response = props.answers[String(question.numericId)] ?? []
    return { questionId: question.numericId, response, correct: scoreQuestion(question, response) }
  })
  const correctCount = scored.filter((answer) => answer.correct).length
  const rules = await loadPointsRules(req.payload)
  const stored = await withTransaction(pool, async (client) => {
    const db = typedDatabase(client)
    const [submitted] = await db
      .update(dailyPapers)
      .set({ answers: scored, correctCount, submittedAt: sql`now()` })
      .where(and(paperOf(memberId, day), isNull(dailyPapers.submittedAt)))
      .returning(paperColumns)
    // Another request submitted first: this one changes nothing and answers with that result.
    if (!submitted) return (await db.select(paperColumns).from(dailyPapers).where(paperOf(memberId, day)))[0]
    await recordAnswers(client, { memberId, context: 'daily', answers: scored })
    const pointsEarned = await awardQuizPoints(client, { memberId, day, rule: rules.dailyQuiz, correctCount })
    await db.update(dailyPapers).set({ pointsEarned }).where(paperOf(memberId, day))
    return { ...submitted, pointsEarned }
  })
  return presentPaper(day, stored ?? paper, questions)
}

async function ensurePaper(req: PayloadRequest, pool: Pool, memberId: number, day: string): Promise<PaperRow> {
  const db = typedDatabase(pool)
  const select = () => db.select(paperColumns).from(dailyPapers).where(paperOf(memberId, day))
  const [existing] = await select()
  if (existing) return existing
  const [visible, wrong, lastAnswered, size] = await Promise.all([
    visibleQuestionIds(req),
    readWrongAnswers(pool, memberId),
    readLastAnswered(pool, memberId),
    loadDailyQuizSize(req.payload),
  ])
  const questionIds = drawDailyQuestions({ visible, wrong, lastAnswered, today: day, size })
  // Two tabs opening at once: the primary key lets one paper win and both show it.
  await db.insert(dailyPapers).values({ memberId, day, questionIds }).onConflictDoNothing()
  return (await select())[0] as PaperRow
}

function presentPaper(day: string, paper: PaperRow, questions: LoadedQuestion[]): DailyQuizView {
  if (!paper.submittedAt) {
    return { day, submitted: false, questions: questions.map(presentQuestion), review: [], correctCount: null, pointsEarned: null }
  }
  const answers = new Map((paper.answers ?? []).map((answer) => [answer.questionId, answer]))
  return {
    day,
    submitted: true,
    questions: [],
    review: questions.map((question) => {
      const answer = answers.get(question.numericId)
      return reviewQuestion(question, answer?.response ?? [], answer?.correct ?? false)
    }),
    correctCount: paper.correctCount,
    pointsEarned: paper.pointsEarned,
  }
}
