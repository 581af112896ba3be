import { studyDay } from '@xuexi/contract/chinaTime'
import type { Responses } from '@xuexi/contract/questions/answersInput'
import type { DailyQuizView } from '@xuexi/contract/questions/DailyQuizView'
import type { PayloadRequest } from 'payload'
import { databaseOf, type Pool } from '../../database/databaseOf'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { loadPointsRules } from '../../tracking/pointsRules'
import { readLastAnswered, readWrongAnswers, recordAnswers, type ScoredAnswer } from '../member/answerLog'
import { awardQuizPoints } from '../member/awardQuizPoints'
import { type LoadedQuestion, loadBankQuestions } from '../member/loadBankQuestions'
import { presentQuestion, reviewQuestion } from '../member/presentQuestion'
import { visibleQuestionIds } from '../member/visibleQuestionIds'
import { scoreQuestion } from '../scoreQuestion'
import { loadDailyQuizSize } from './dailyQuizSize'
import { drawDailyQuestions } from './drawDailyQuestions'

interface PaperRow {
  questionIds: number[]
  answers: ScoredAnswer[] | null
  correctCount: number | null
  pointsEarned: number | null
  submittedAt: Date | null
}

const paperColumns = `question_ids as "questionIds", answers, correct_count as "correctCount", points_earned as "pointsEarned", submitted_at as "submittedAt"`

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
    const { rows } = await client.query<PaperRow>(
      `update daily_papers set answers = $3, correct_count = $4, submitted_at = now()
       where member_id = $1 and day = $2 and submitted_at is null returning ${paperColumns}`,
      [memberId, day, JSON.stringify(scored), correctCount],
    )
    // Another request submitted first: this one changes nothing and answers with that result.
    if (!rows[0])
      return (await client.query<PaperRow>(`select ${paperColumns} from daily_papers where member_id = $1 and day = $2`, [memberId, day]))
        .rows[0]
    await recordAnswers(client, { memberId, context: 'daily', answers: scored })
    const pointsEarned = await awardQuizPoints(client, { memberId, day, rule: rules.dailyQuiz, correctCount })
    await client.query('update daily_papers set points_earned = $3 where member_id = $1 and day = $2', [memberId, day, pointsEarned])
    return { ...rows[0], pointsEarned }
  })
  return presentPaper(day, stored ?? paper, questions)
}

async function ensurePaper(req: PayloadRequest, pool: Pool, memberId: number, day: string): Promise<PaperRow> {
  const select = () => pool.query<PaperRow>(`select ${paperColumns} from daily_papers where member_id = $1 and day = $2`, [memberId, day])
  const existing = (await select()).rows[0]
  if (existing) return existing
  const [visible, wrong, lastAnswered, size] = await Promise.all([
    visibleQuestionIds(req),
    readWrongAnswers(pool, memberId),
    readLastAnswered(pool, memberId),
    loadDailyQuizSize(req.payload),
  ])
  const questionIds = drawDailyQuestions({ visible, wrong, lastAnswered, today: day, size })
  // Two tabs opening at once: the primary key lets one paper win and both show it.
  await pool.query('insert into daily_papers (member_id, day, question_ids) values ($1, $2, $3) on conflict do nothing', [
    memberId,
    day,
    questionIds,
  ])
  return (await select()).rows[0] as PaperRow
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
