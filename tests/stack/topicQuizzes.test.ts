import type { Question } from '@xuexi/contract/payload-types'
import type { TopicQuizSummary, TopicQuizView } from '@xuexi/contract/questions/TopicQuizView'
import type { WrongBookEntry } from '@xuexi/contract/questions/WrongBookEntry'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CampaignMember, createCampaignMember, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { countRows, createQuestion } from '../support/questionBank'
import { createTopicQuiz } from '../support/topicQuizStack'

let adminToken: string
let branchA: number
let branchB: number
let bank: Question[]

const day = 86_400_000
const open = (token: string) => apiJson<{ docs: TopicQuizSummary[] }>('/api/topic-quizzes/open', { token })
const view = (token: string, id: number) => apiJson<TopicQuizView>(`/api/topic-quizzes/${id}/me`, { token })
const submit = (token: string, id: number, answers: Record<string, string[]>, practice?: boolean) =>
  apiJson<TopicQuizView & { errors?: Array<{ message: string }> }>(`/api/topic-quizzes/${id}/submission`, {
    token,
    method: 'POST',
    body: { answers, ...(practice === undefined ? {} : { practice }) },
  })
// Every bank question here is single choice with B right; `wrong` lists those answered A.
const answersFor = (questions: Array<{ id: number }>, wrong: number[] = []) =>
  Object.fromEntries(questions.map((question) => [String(question.id), wrong.includes(question.id) ? ['A'] : ['B']]))

beforeAll(async () => {
  adminToken = await loginToken()
  const organization = async (name: string, parent?: number) =>
    (await apiJson<{ doc: { id: number } }>('/api/organizations', { token: adminToken, method: 'POST', body: { name, parent } })).body.doc
      .id
  const committee = await organization(`专项党委 ${uniqueId()}`)
  branchA = await organization(`专项一支部 ${uniqueId()}`, committee)
  branchB = await organization(`专项二支部 ${uniqueId()}`, committee)
  bank = []
  for (let index = 0; index < 8; index++) bank.push(await createQuestion(adminToken))
})

describe('topic quizzes: who sees which set, and when', () => {
  let memberA: CampaignMember
  let memberB: CampaignMember

  beforeAll(async () => {
    ;[memberA, memberB] = await Promise.all([createCampaignMember(adminToken, branchA), createCampaignMember(adminToken, branchB)])
  })

  it('shows a set only between its opening and closing', async () => {
    const running = await createTopicQuiz(adminToken, bank.slice(0, 2))
    const upcoming = await createTopicQuiz(adminToken, bank.slice(0, 2), {
      opensAt: new Date(Date.now() + day).toISOString(),
      closesAt: new Date(Date.now() + 2 * day).toISOString(),
    })
    const over = await createTopicQuiz(adminToken, bank.slice(0, 2), {
      opensAt: new Date(Date.now() - 2 * day).toISOString(),
      closesAt: new Date(Date.now() - day).toISOString(),
    })
    const listed = (await open(memberA.token)).body.docs.map((quiz) => quiz.id)
    expect(listed).toContain(running.id)
    expect(listed).not.toContain(upcoming.id)
    expect(listed).not.toContain(over.id)
    expect((await view(memberA.token, upcoming.id)).status).toBe(404)
    expect((await apiJson(`/api/topic-quizzes/${upcoming.id}`, { token: memberA.token })).status).toBe(404)
    expect((await submit(memberA.token, upcoming.id, answersFor(bank.slice(0, 2)))).status).toBe(404)
    const closed = await view(memberA.token, over.id)
    expect(closed.body).toMatchObject({ state: 'closed', questions: [], result: null })
    expect((await submit(memberA.token, over.id, answersFor(bank.slice(0, 2)))).status).toBe(409)
    expect((await apiJson(`/api/topic-quizzes/${upcoming.id}`, { token: adminToken })).status).toBe(200)
  })

  it('shows a set restricted to an organization only to members of its subtree, on every path', async () => {
    const forA = await createTopicQuiz(adminToken, bank.slice(0, 2), { visibility: 'organizations', organizations: [branchA] })
    expect((await open(memberA.token)).body.docs.map((quiz) => quiz.id)).toContain(forA.id)
    expect((await view(memberA.token, forA.id)).status).toBe(200)
    expect((await open(memberB.token)).body.docs.map((quiz) => quiz.id)).not.toContain(forA.id)
    expect((await view(memberB.token, forA.id)).status).toBe(404)
    expect((await submit(memberB.token, forA.id, answersFor(bank.slice(0, 2)))).status).toBe(404)
    expect((await apiJson(`/api/topic-quizzes/${forA.id}`, { token: memberB.token })).status).toBe(404)
    const graphql = await apiJson<{ data: { TopicQuizzes: { docs: unknown[] } } }>('/api/graphql', {
      token: memberB.token,
      method: 'POST',
      body: { query: `{ TopicQuizzes(where: { id: { equals: ${forA.id} } }) { docs { id title } } }` },
    })
    expect(graphql.body.data.TopicQuizzes.docs).toEqual([])
    expect((await fetchPageAs(`/topic-quizzes/${forA.id}`, memberB.token)).status).toBe(404)
    expect((await apiJson('/api/topic-quizzes/open', {})).status).toBe(401)
  })

  it('keeps drafts and sets awaiting review away from members, and publishes only sets of published questions', async () => {
    const draft = await createTopicQuiz(adminToken, bank.slice(0, 2), { reviewStatus: 'submitted', _status: 'draft' })
    expect((await view(memberA.token, draft.id)).status).toBe(404)
    const unpublished = await createQuestion(adminToken, { reviewStatus: 'draft', _status: 'draft' })
    const refused = await apiJson<{ errors: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }>(
      '/api/topic-quizzes',
      {
        token: adminToken,
        method: 'POST',
        body: {
          title: `含草稿题 ${uniqueId()}`,
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + day).toISOString(),
          questions: [bank[0]?.id, unpublished.id],
          visibility: 'members',
          reviewStatus: 'approved',
          _status: 'published',
        },
      },
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('发布专项答题前，所选题目须全部审核通过并发布')
  })
})

describe('topic quizzes: answering', () => {
  let member: CampaignMember

  beforeAll(async () => {
    member = await createCampaignMember(adminToken, branchA)
  })

  it('never sends the answers, explanations or the set’s question list before submission', async () => {
    const quiz = await createTopicQuiz(adminToken, bank.slice(0, 3))
    const paper = await view(member.token, quiz.id)
    expect(paper.body.questions.map((question) => question.id)).toEqual(bank.slice(0, 3).map((question) => question.id))
    const text = JSON.stringify(paper.body)
    for (const leak of ['"answer"', 'explanation', '民主集中制组织起来', '"keys"']) expect(text).not.toContain(leak)
    const rest = await apiJson<Record<string, unknown>>(`/api/topic-quizzes/${quiz.id}?depth=2`, { token: member.token })
    expect(rest.status).toBe(200)
    expect(rest.body).not.toHaveProperty('questions')
    const page = await fetchPageAs(`/topic-quizzes/${quiz.id}`, member.token)
    expect(page.status).toBe(200)
    expect(page.html).toContain(bank[0]?.stem as string)
    expect(page.html).not.toContain('民主集中制组织起来')
  })

  it('scores once: a repeated or concurrent submission returns the same result and records nothing twice', async () => {
    const questions = bank.slice(0, 3)
    const quiz = await createTopicQuiz(adminToken, questions)
    const answers = answersFor(questions, [questions[0]?.id as number])
    const [first, second] = await Promise.all([submit(member.token, quiz.id, answers), submit(member.token, quiz.id, answers)])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(first.body.result).toMatchObject({ correctCount: 2, total: 3 })
    expect(second.body.result).toEqual(first.body.result)
    expect(first.body.result?.review[0]).toMatchObject({ correct: false, response: ['A'], answer: { keys: ['B'] } })
    expect(first.body.result?.review[0]?.explanation).toContain('民主集中制')
    const again = await submit(member.token, quiz.id, answersFor(questions))
    expect(again.body.result).toEqual(first.body.result)
    expect(await countRows('select count(*) from topic_quiz_results where quiz_id = $1', [quiz.id])).toBe(1)
    expect(
      await countRows(`select count(*) from question_answers where member_id = $1 and context = 'topic' and question_id = any($2)`, [
        member.id,
        questions.map((question) => question.id),
      ]),
    ).toBe(3)
    expect((await open(member.token)).body.docs.find((listed) => listed.id === quiz.id)?.result).toEqual({ correctCount: 2, total: 3 })
  })

  it('puts wrong answers in the wrong-answer book', async () => {
    const reader = await createCampaignMember(adminToken, branchA)
    const questions = bank.slice(3, 5)
    const quiz = await createTopicQuiz(adminToken, questions)
    await submit(reader.token, quiz.id, answersFor(questions, [questions[1]?.id as number]))
    const book = await apiJson<{ docs: WrongBookEntry[] }>('/api/questions/wrong-book', { token: reader.token })
    expect(book.body.docs.map((entry) => entry.question.id)).toEqual([questions[1]?.id])
  })

  it('awards points per right answer under the day’s cap it shares with the daily quiz', async () => {
    const reader = await createCampaignMember(adminToken, branchA)
    const big = await createTopicQuiz(adminToken, bank.slice(0, 7))
    const first = await submit(reader.token, big.id, answersFor(bank.slice(0, 7)))
    expect(first.body.result).toMatchObject({ correctCount: 7, pointsEarned: 5 })
    const small = await createTopicQuiz(adminToken, bank.slice(0, 2))
    const second = await submit(reader.token, small.id, answersFor(bank.slice(0, 2)))
    expect(second.body.result).toMatchObject({ correctCount: 2, pointsEarned: 0 })
    expect(await countRows(`select points as count from study_daily where user_id = $1 and kind = 'dailyQuiz'`, [reader.id])).toBe(5)
  })

  it('lets a member practise after the scored attempt without points, records or a changed result', async () => {
    const reader = await createCampaignMember(adminToken, branchA)
    const questions = bank.slice(0, 2)
    const quiz = await createTopicQuiz(adminToken, questions)
    const scored = await submit(reader.token, quiz.id, answersFor(questions, [questions[0]?.id as number]))
    const practice = await submit(reader.token, quiz.id, answersFor(questions), true)
    expect(practice.status).toBe(200)
    expect(practice.body.practice).toMatchObject({ correctCount: 2, total: 2, pointsEarned: 0 })
    expect(practice.body.result).toEqual(scored.body.result)
    expect(await countRows(`select count(*) from question_answers where member_id = $1`, [reader.id])).toBe(2)
    expect(await countRows(`select count(*) from wrong_answers where member_id = $1`, [reader.id])).toBe(1)
  })

  it('takes the scored attempt through the portal form and shows the result with explanations', async () => {
    const reader = await createCampaignMember(adminToken, branchA)
    const questions = bank.slice(5, 7)
    const quiz = await createTopicQuiz(adminToken, questions)
    const list = await fetchPageAs('/topic-quizzes', reader.token)
    expect(list.html).toContain(`/topic-quizzes/${quiz.id}`)
    const form = new URLSearchParams(questions.map((question) => [`q${question.id}`, 'B']))
    const response = await fetch(stackUrl(`/topic-quizzes/${quiz.id}`), {
      method: 'POST',
      headers: {
        cookie: `payload-token=${reader.token}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(stackUrl('/')).origin,
      },
      body: form,
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    const result = await fetchPageAs(`/topic-quizzes/${quiz.id}`, reader.token)
    expect(result.html).toContain('计分结果：答对 2 / 2 题')
    expect(result.html).toContain('民主集中制组织起来')
    expect(result.html).toContain('再练一次（不计分）')
    expect((await fetchPageAs('/topic-quizzes', '')).status).toBe(302)
  })
})
