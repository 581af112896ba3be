import type { Campaign } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { quizQuestionsOf } from '../../cms/src/campaigns/member/quizQuestionsOf'
import { readQuizAttempt } from '../../cms/src/campaigns/member/readQuizAttempt'
import { startQuizAttempt } from '../../cms/src/campaigns/member/startQuizAttempt'
import { submitQuizAttempt } from '../../cms/src/campaigns/member/submitQuizAttempt'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs, campaignRowCount, campaignSetting, sampleQuiz, studyPoints } from '../support/campaignMember'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool
const rules = defaultPointsRules

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

describe('quizzes', () => {
  async function quizSetting(quiz: Partial<Campaign['quiz']> = {}) {
    const found = await campaignSetting(payload, { quiz: { ...sampleQuiz, ...quiz } })
    const full = await payload.findByID({ collection: 'campaigns', id: found.campaign.id, overrideAccess: true })
    const questions = await quizQuestionsOf(payload, full)
    const correct = Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]))
    const wrong = Object.fromEntries(
      questions.map((q) => [
        q.id,
        q.options
          .filter((o) => !o.correct)
          .map((o) => o.id)
          .slice(0, 1),
      ]),
    )
    return { ...found, questions, correct, wrong }
  }

  it('shows an attempt’s questions shuffled by its seed and without the answers, the same on reload', async () => {
    const { campaign, member, questions } = await quizSetting()
    const attempt = await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    expect(attempt).toMatchObject({ number: 1, submitted: false, score: null })
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort())
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"|correctOptionIds|党章总纲/)
    const again = await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    expect(again).toEqual(attempt)
    expect(await campaignRowCount(pool, 'quiz_attempts', campaign.id, member.id)).toBe(1)
  })

  it('scores a submitted attempt, then shows the score, the correct options and the explanations when the campaign reveals them after each attempt', async () => {
    const { campaign, member, correct, questions } = await quizSetting({ revealAnswers: 'afterEachAttempt' })
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const firstTwo = Object.fromEntries(Object.entries(correct).slice(0, 2))
    const result = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: firstTwo, rules })
    expect(result).toMatchObject({ submitted: true, score: 67, passed: true, correctCount: 2 })
    const shownFirst = result.questions.find((q) => q.id === questions[0]?.id)
    expect(shownFirst).toMatchObject({
      correct: true,
      explanation: '党章总纲明确规定。',
      correctOptionIds: correct[questions[0]?.id as string],
    })
    await expect(readQuizAttempt(await campaignAs(payload, member, campaign.id), 1)).resolves.toEqual(result)
    expect(await studyPoints(pool, member, 'quiz')).toBe(rules.quiz.points)
  })

  it('by default keeps the correct options and explanations hidden while an attempt is left, and shows them after the last', async () => {
    const { campaign, member, wrong } = await quizSetting()
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const first = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: wrong, rules })
    expect(first).toMatchObject({ submitted: true, score: 0, answersRevealed: false })
    expect(JSON.stringify(first)).not.toMatch(/"correct"|correctOptionIds|explanation|党章总纲/)
    expect(JSON.stringify(await readQuizAttempt(await campaignAs(payload, member, campaign.id), 1))).not.toMatch(
      /correctOptionIds|党章总纲/,
    )
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const last = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 2, answers: wrong, rules })
    expect(last.answersRevealed).toBe(true)
    expect(last.questions.map((question) => question.explanation)).toContain('党章总纲明确规定。')
    expect((await readQuizAttempt(await campaignAs(payload, member, campaign.id), 1)).answersRevealed).toBe(true)
  })

  it('never shows the correct options when the campaign says never', async () => {
    const { campaign, member, wrong } = await quizSetting({ revealAnswers: 'never' })
    for (const number of [1, 2]) {
      await startQuizAttempt(await campaignAs(payload, member, campaign.id))
      const result = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number, answers: wrong, rules })
      expect(JSON.stringify(result)).not.toMatch(/correctOptionIds|党章总纲/)
    }
  })

  it('refuses answers for an attempt that is not the member’s open one, and changes nothing', async () => {
    const { campaign, member, colleague, correct, wrong } = await quizSetting()
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    await expect(
      submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 2, answers: correct, rules }),
    ).rejects.toMatchObject({
      status: 404,
      message: '找不到您的第 2 次答题。请从答题页面重新开始',
    })
    // The colleague has no attempt 1 of their own: the member's attempt is out of their reach.
    await expect(
      submitQuizAttempt(await campaignAs(payload, colleague, campaign.id), { number: 1, answers: correct, rules }),
    ).rejects.toMatchObject({ status: 404 })
    const { rows } = await pool.query('select submitted_at, answers from quiz_attempts where campaign_id = $1', [campaign.id])
    expect(rows).toEqual([{ submitted_at: null, answers: null }])
    await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: wrong, rules })
    await expect(
      submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: correct, rules }),
    ).rejects.toMatchObject({
      status: 409,
      message: '第 1 次答题已经交卷，不能再修改答案',
    })
    const after = await pool.query('select score::int as score, passed from quiz_attempts where campaign_id = $1', [campaign.id])
    expect(after.rows).toEqual([{ score: 0, passed: false }])
    expect(await studyPoints(pool, member, 'quiz')).toBe(0)
  })

  it('stops at the attempt limit', async () => {
    const { campaign, member, wrong } = await quizSetting()
    for (const number of [1, 2]) {
      await startQuizAttempt(await campaignAs(payload, member, campaign.id))
      await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number, answers: wrong, rules })
    }
    await expect(startQuizAttempt(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({
      status: 409,
      message: '答题次数已用完（最多 2 次）',
    })
    expect(await campaignRowCount(pool, 'quiz_attempts', campaign.id, member.id)).toBe(2)
  })

  it('refuses a quiz when the campaign has none', async () => {
    const { campaign, member } = await campaignSetting(payload)
    await expect(startQuizAttempt(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({ status: 409 })
  })
})
