import type { Question } from '@xuexi/contract/payload-types'
import type { DailyQuizView } from '@xuexi/contract/questions/DailyQuizView'
import type { WrongBookEntry } from '@xuexi/contract/questions/WrongBookEntry'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CampaignMember, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { ageQuizRecords, countRows, createQuestion } from '../support/questionBank'

type Setting = Awaited<ReturnType<typeof createCampaignSetting>>
let adminToken: string
let setting: Setting
const errorOf = (body: unknown) => (body as { errors?: Array<{ message: string }> }).errors?.[0]?.message
const keyFields = ['answer', 'explanation', 'sourcePassage', 'answerStats']

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken)
})

async function graphqlAs(token: string | undefined, query: string) {
  const response = await fetch(stackUrl('/api/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables: {} }),
  })
  const text = await response.text()
  if (!text) throw new Error(`GraphQL answered HTTP ${response.status} with no body`)
  return { status: response.status, body: JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] } }
}

describe('the question bank for readers', () => {
  let question: Question
  let member: CampaignMember

  beforeAll(async () => {
    question = await createQuestion(adminToken, { source: { relationTo: 'articles', value: setting.article.id } })
    member = await createCampaignMember(adminToken, setting.branchA.id)
  })

  it('never sends the answer, the explanation or the passage to members or anonymous readers over REST', async () => {
    for (const token of [member.token, undefined]) {
      const one = await apiJson<Record<string, unknown>>(`/api/questions/${question.id}?depth=2`, { token })
      expect(one.status).toBe(200)
      expect(one.body.stem).toBe(question.stem)
      for (const field of keyFields) expect(one.body).not.toHaveProperty(field)
      const list = await apiJson<{ docs: Array<Record<string, unknown>> }>(`/api/questions?where[id][equals]=${question.id}&draft=true`, {
        token,
      })
      expect(list.body.docs).toHaveLength(1)
      for (const field of keyFields) expect(list.body.docs[0]).not.toHaveProperty(field)
      expect((await apiJson(`/api/questions/versions`, { token })).status).toBe(403)
    }
    const staff = await apiJson<Record<string, unknown>>(`/api/questions/${question.id}`, { token: adminToken })
    expect(staff.body).toMatchObject({ answer: { keys: ['B'] }, sourcePassage: '按照民主集中制组织起来的统一整体' })
  })

  it('never sends the answer over GraphQL', async () => {
    const query = `{ Questions(where: { id: { equals: ${question.id} } }) { docs { stem answer { keys truth accepted } explanation sourcePassage } } }`
    const asMember = await graphqlAs(member.token, query)
    const doc = (asMember.body.data as { Questions: { docs: Array<Record<string, unknown>> } }).Questions.docs[0]
    expect(doc?.stem).toBe(question.stem)
    // Payload answers a group it may not show as an object of nulls.
    expect(doc?.answer ?? {}).toEqual(doc?.answer ? { keys: null, truth: null, accepted: null } : {})
    expect(doc?.explanation ?? null).toBeNull()
    expect(doc?.sourcePassage ?? null).toBeNull()
    const asAdmin = await graphqlAs(adminToken, query)
    expect((asAdmin.body.data as { Questions: { docs: Array<{ answer: { keys: string[] } }> } }).Questions.docs[0]?.answer.keys).toEqual([
      'B',
    ])
  })

  it('shows a question restricted to organizations only to their members', async () => {
    const restricted = await createQuestion(adminToken, { visibility: 'organizations', organizations: [setting.branchB.id] })
    const outsider = await createCampaignMember(adminToken, setting.branchA.id)
    const insider = await createCampaignMember(adminToken, setting.branchB.id)
    expect((await apiJson(`/api/questions/${restricted.id}`, { token: outsider.token })).status).toBe(404)
    expect((await apiJson(`/api/questions/${restricted.id}`)).status).toBe(404)
    expect((await apiJson(`/api/questions/${restricted.id}`, { token: insider.token })).status).toBe(200)
  })

  it('refuses a question whose answer key does not fit its options, in Chinese', async () => {
    const { status, body } = await apiJson('/api/questions', {
      token: adminToken,
      method: 'POST',
      body: {
        kind: 'single',
        stem: '坏题',
        options: [
          { key: 'A', text: '甲' },
          { key: 'B', text: '乙' },
        ],
        answer: { keys: ['D'] },
      },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('正确答案 D 不是本题的选项')
  })
})

describe('the daily quiz and the wrong-answer book', () => {
  let member: CampaignMember
  let bank: Question[]
  let hidden: Question
  const right = (question: Question) => question.answer?.keys ?? []

  beforeAll(async () => {
    member = await createCampaignMember(adminToken, setting.branchA.id)
    // The newest questions come first in a draw: twelve of them, then one this member may not see.
    bank = []
    for (let index = 0; index < 12; index += 1) {
      bank.push(await createQuestion(adminToken, { source: { relationTo: 'articles', value: setting.article.id } }))
    }
    hidden = await createQuestion(adminToken, { visibility: 'organizations', organizations: [setting.branchB.id] })
  })

  it('asks anonymous callers to sign in', async () => {
    const daily = await apiJson('/api/questions/daily')
    expect(daily.status).toBe(401)
    expect(errorOf(daily.body)).toBe('请先登录：每日答题和错题本需要党员账号')
  })

  it('shows the member their own daily-quiz card without drawing the paper, and nobody else’s', async () => {
    const other = await createCampaignMember(adminToken, setting.branchA.id)
    expect((await apiJson('/api/study/daily-card')).status).toBe(401)
    expect((await apiJson('/api/study/daily-card', { token: other.token })).body).toEqual({
      total: null,
      submitted: false,
      correctCount: null,
    })
    expect(await countRows('select count(*) from daily_papers where member_id = $1', [other.id])).toBe(0)
    expect((await apiJson('/api/questions/daily', { token: other.token })).status).toBe(200)
    expect((await apiJson('/api/study/daily-card', { token: other.token })).body).toEqual({
      total: 5,
      submitted: false,
      correctCount: null,
    })
    expect((await apiJson('/api/study/daily-card', { token: member.token })).body).toMatchObject({ total: null })
  })

  it('draws five of the newest questions the member may see, keeps the paper for the day and sends no answers', async () => {
    const first = await apiJson<DailyQuizView>('/api/questions/daily', { token: member.token })
    expect(first.status).toBe(200)
    expect(first.body.submitted).toBe(false)
    const ids = first.body.questions.map((question) => question.id)
    expect(ids).toEqual(
      bank
        .slice(-5)
        .reverse()
        .map((question) => question.id),
    )
    expect(ids).not.toContain(hidden.id)
    const text = JSON.stringify(first.body)
    for (const field of ['"answer"', 'explanation', '民主集中制组织起来']) expect(text).not.toContain(field)
    const again = await apiJson<DailyQuizView>('/api/questions/daily', { token: member.token })
    expect(again.body.questions.map((question) => question.id)).toEqual(ids)
  })

  it('scores on the server, counts a repeated submission once and keeps points under the daily cap', async () => {
    const paper = (await apiJson<DailyQuizView>('/api/questions/daily', { token: member.token })).body
    const byId = new Map(bank.map((question) => [question.id, question]))
    // The first two answered wrong, the other three right.
    const answers = Object.fromEntries(
      paper.questions.map((question, index) => [String(question.id), index < 2 ? ['A'] : right(byId.get(question.id) as Question)]),
    )
    const submit = () =>
      apiJson<DailyQuizView>('/api/questions/daily', { token: member.token, method: 'POST', body: { day: paper.day, answers } })
    const [first, second] = await Promise.all([submit(), submit()])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(first.body).toMatchObject({ submitted: true, correctCount: 3, pointsEarned: 3 })
    expect(second.body).toMatchObject({ submitted: true, correctCount: 3, pointsEarned: 3 })
    expect(first.body.review[0]).toMatchObject({ correct: false, response: ['A'], answer: { keys: ['B'] } })
    expect(first.body.review[0]?.explanation).toContain('民主集中制')
    expect(await countRows('select count(*)::int as count from question_answers where member_id = $1', [member.id])).toBe(5)
    expect(await countRows(`select points as count from study_daily where user_id = $1 and kind = 'dailyQuiz'`, [member.id])).toBe(3)
    const later = await submit()
    expect(later.body.pointsEarned).toBe(3)
    expect(await countRows('select count(*)::int as count from question_answers where member_id = $1', [member.id])).toBe(5)
  })

  it('refuses a paper of another day', async () => {
    const { status, body } = await apiJson('/api/questions/daily', {
      token: member.token,
      method: 'POST',
      body: { day: '2020-01-01', answers: {} },
    })
    expect(status).toBe(409)
    expect(errorOf(body)).toContain('已经过期')
  })

  it('lists wrong answers with the explanation and a link to the passage, and clears one answered right', async () => {
    const book = await apiJson<{ docs: WrongBookEntry[] }>('/api/questions/wrong-book', { token: member.token })
    expect(book.body.docs).toHaveLength(2)
    const entry = book.body.docs[0] as WrongBookEntry
    expect(entry.question.explanation).toContain('民主集中制')
    expect(entry.question.source?.href).toBe(
      `/articles/${setting.article.slug}#:~:text=${encodeURIComponent('按照民主集中制组织起来的统一整体')}`,
    )
    const wrongAgain = await apiJson<{ cleared: boolean }>(`/api/questions/wrong-book/${entry.question.id}`, {
      token: member.token,
      method: 'POST',
      body: { response: ['C'] },
    })
    expect(wrongAgain.body.cleared).toBe(false)
    const fixed = await apiJson<{ cleared: boolean }>(`/api/questions/wrong-book/${entry.question.id}`, {
      token: member.token,
      method: 'POST',
      body: { response: ['B'] },
    })
    expect(fixed.body.cleared).toBe(true)
    const after = await apiJson<{ docs: WrongBookEntry[] }>('/api/questions/wrong-book', { token: member.token })
    expect(after.body.docs.map((item) => item.question.id)).toEqual([book.body.docs[1]?.question.id])
  })

  it('brings the remaining wrong answer back the next day, but none answered right', async () => {
    const before = (await apiJson<DailyQuizView>('/api/questions/daily', { token: member.token })).body
    const answeredRight = before.review.filter((question) => question.correct).map((question) => question.id)
    const stillWrong = (await apiJson<{ docs: WrongBookEntry[] }>('/api/questions/wrong-book', { token: member.token })).body.docs.map(
      (entry) => entry.question.id,
    )
    await ageQuizRecords(member.id)
    const next = await apiJson<DailyQuizView>('/api/questions/daily', { token: member.token })
    const ids = next.body.questions.map((question) => question.id)
    expect(ids).toHaveLength(5)
    expect(ids[0]).toBe(stillWrong[0])
    for (const id of answeredRight) expect(ids).not.toContain(id)
    expect(ids).not.toContain(hidden.id)
  })

  it('shows editors how often a question was answered and answered right, and members nothing of it', async () => {
    const answered = bank[bank.length - 1] as Question
    const staff = await apiJson<{ answerStats: string }>(`/api/questions/${answered.id}`, { token: adminToken })
    expect(staff.body.answerStats).toMatch(/^作答 \d+ 次 · 答对 \d+ 次（正确率 \d+%）$/)
    const reader = await apiJson<Record<string, unknown>>(`/api/questions/${answered.id}`, { token: member.token })
    expect(reader.body).not.toHaveProperty('answerStats')
  })
})
