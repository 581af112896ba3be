import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { openTopicQuiz, submitTopicQuiz } from '../../cms/src/questions/topicQuizzes/topicQuiz'
import { requestAs } from '../support/campaignMember'
import { createOrganization, createUser } from '../support/factories'
import { buildQuestion } from '../support/questionBank'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool
let member: User
let outsider: User
let questionIds: number[]

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
  const branch = await createOrganization(payload, '专项答题支部')
  member = await createUser(payload, 'member', { organization: branch.id })
  outsider = await createUser(payload, 'member', { organization: (await createOrganization(payload, '其他支部')).id })
  questionIds = []
  for (let index = 0; index < 3; index++) questionIds.push((await payload.create({ collection: 'questions', data: buildQuestion() })).id)
})

async function createSet(overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'topic-quizzes',
    data: {
      title: '专项答题（集成测试）',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      questions: questionIds,
      visibility: 'members',
      reviewStatus: 'approved',
      _status: 'published',
      ...overrides,
    },
  })
}

describe('topic quiz submissions', () => {
  it('stores one scored attempt when the same member submits several times at once', async () => {
    const quiz = await createSet()
    const answers = Object.fromEntries(questionIds.map((id, index) => [String(id), index === 0 ? ['A'] : ['B']]))
    const views = await Promise.all(
      Array.from({ length: 4 }, async () => submitTopicQuiz(await requestAs(payload, member), quiz.id, { answers, practice: false })),
    )
    for (const view of views) expect(view.result).toMatchObject({ correctCount: 2, total: 3, pointsEarned: 2 })
    const count = async (sql: string) => Number((await pool.query<{ n: number }>(sql, [member.id])).rows[0]?.n)
    expect(await count(`select count(*) as n from topic_quiz_results where member_id = $1`)).toBe(1)
    expect(await count(`select count(*) as n from question_answers where member_id = $1 and context = 'topic'`)).toBe(3)
    expect(await count(`select coalesce(sum(points), 0) as n from study_daily where user_id = $1 and kind = 'dailyQuiz'`)).toBe(2)
  })

  it('refuses members outside the organizations a set is restricted to', async () => {
    const quiz = await createSet({ visibility: 'organizations', organizations: [member.organization as number] })
    await expect(openTopicQuiz(await requestAs(payload, member), quiz.id)).resolves.toMatchObject({ id: quiz.id, state: 'open' })
    await expect(openTopicQuiz(await requestAs(payload, outsider), quiz.id)).rejects.toMatchObject({ status: 404 })
  })

  it('hides a set from members until it opens, on the Local API as on the endpoints', async () => {
    const quiz = await createSet({
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    })
    await expect(openTopicQuiz(await requestAs(payload, member), quiz.id)).rejects.toMatchObject({ status: 404 })
    const found = await payload.find({
      collection: 'topic-quizzes',
      where: { id: { equals: quiz.id } },
      overrideAccess: false,
      user: member,
    })
    expect(found.docs).toEqual([])
  })
})
