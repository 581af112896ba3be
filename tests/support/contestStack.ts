import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import type { Contest, Question } from '@xuexi/contract/payload-types'
import pg from 'pg'
import { inject } from 'vitest'
import { type CampaignMember, createCampaignMember } from './campaignStack'
import { apiJson } from './cmsApi'
import { uniqueId } from './factories'

async function created<T>(pathname: string, token: string, body: unknown): Promise<T> {
  const { status, body: answer } = await apiJson<{ doc: T }>(pathname, { token, method: 'POST', body })
  if (status !== 201) throw new Error(`POST ${pathname}: HTTP ${status} ${JSON.stringify(answer)}`)
  return answer.doc
}

/** A published, approved bank question (single choice unless overridden), whose explanation names it. */
export function buildQuestion(overrides: Partial<Question> = {}): Partial<Question> {
  const id = uniqueId()
  return {
    kind: 'single',
    difficulty: 'medium',
    topic: '党章党规',
    stem: `竞赛测试题 ${id}：中国共产党的最高理想和最终目标是什么？`,
    options: [
      { key: 'A', text: `实现共产主义 ${id}` },
      { key: 'B', text: `发展经济 ${id}` },
      { key: 'C', text: `全面小康 ${id}` },
      { key: 'D', text: `科技自立 ${id}` },
    ],
    answer: { keys: ['A'] },
    explanation: `解析 ${id}：党章总纲写明，党的最高理想和最终目标是实现共产主义。`,
    visibility: 'members',
    reviewStatus: 'approved',
    _status: 'published',
    ...overrides,
  }
}

/** A committee with branches A and B, an organizer and two members in A, an organizer and a member in B, and published questions. */
export async function createContestSetting(adminToken: string, questionCount = 4) {
  const committee = await created<{ id: number }>('/api/organizations', adminToken, { name: `竞赛党委 ${uniqueId()}` })
  const branchA = await created<{ id: number }>('/api/organizations', adminToken, {
    name: `竞赛一支部 ${uniqueId()}`,
    parent: committee.id,
  })
  const branchB = await created<{ id: number }>('/api/organizations', adminToken, {
    name: `竞赛二支部 ${uniqueId()}`,
    parent: committee.id,
  })
  const [organizerA, organizerB, memberA1, memberA2, memberB] = await Promise.all([
    createCampaignMember(adminToken, branchA.id, 'organizer'),
    createCampaignMember(adminToken, branchB.id, 'organizer'),
    createCampaignMember(adminToken, branchA.id),
    createCampaignMember(adminToken, branchA.id),
    createCampaignMember(adminToken, branchB.id),
  ])
  const questions: Question[] = []
  for (let index = 0; index < questionCount; index++) questions.push(await created<Question>('/api/questions', adminToken, buildQuestion()))
  return { committee, branchA, branchB, organizerA, organizerB, memberA1, memberA2, memberB, questions }
}

/** What `createContestSetting` made: organizations, organizers, members and bank questions. */
export type ContestSetting = Awaited<ReturnType<typeof createContestSetting>>

/** A running contest (opened an hour ago, closing tomorrow) created over REST by `organizer` with fixed questions. */
export async function createContest(
  organizer: CampaignMember,
  questions: Array<{ id: number }>,
  overrides: Partial<Contest> = {},
): Promise<Contest> {
  return created<Contest>('/api/contests', organizer.token, {
    title: `知识竞赛 ${uniqueId()}`,
    description: '学党章、守党规知识竞赛',
    startsAt: new Date(Date.now() - 3600_000).toISOString(),
    endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    selection: 'fixed',
    questions: questions.map((question) => question.id),
    timeLimitMinutes: 20,
    maxAttempts: 1,
    passScore: 60,
    certificateTop: 3,
    status: 'published',
    ...overrides,
  })
}

/** Runs SQL on the stack's database (to move a deadline or read what was stored). */
export async function stackQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Starts (or resumes) the member's attempt at a contest, through the contest endpoint. */
export const startAttempt = (token: string, contestId: number) =>
  apiJson<ContestAttemptView>(`/api/contests/${contestId}/attempts`, { token, method: 'POST', body: {} })

/** Hands in attempt `number` with `answers` (question id → chosen option ids). */
export const submitAttempt = (token: string, contestId: number, number: number, answers: Record<string, string[]>) =>
  apiJson<ContestAttemptView>(`/api/contests/${contestId}/attempts/${number}/submission`, { token, method: 'POST', body: { answers } })

/** Saves one answer of attempt `number` before hand-in. */
export const answerQuestion = (token: string, contestId: number, number: number, questionId: number, chosen: string[]) =>
  apiJson(`/api/contests/${contestId}/attempts/${number}/answers`, { token, method: 'PUT', body: { questionId, chosen } })

/** The correct option ids, read from the bank as the admin (the test knows the key; the member never sees it). */
export function answerKey(question: Question): string[] {
  return question.answer?.keys ?? []
}

/** Every question answered correctly. */
export const rightAnswers = (questions: Question[]) =>
  Object.fromEntries(questions.map((question) => [String(question.id), answerKey(question)]))

export type { CampaignMember }
