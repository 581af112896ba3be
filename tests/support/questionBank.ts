import type { Question } from '@xuexi/contract/payload-types'
import pg from 'pg'
import { inject } from 'vitest'
import { apiJson } from './cmsApi'
import { uniqueId } from './factories'

/** Question data: a published, approved single-choice question whose answer is B. Override any field. */
export function buildQuestion(overrides: Partial<Question> = {}): Omit<Question, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    kind: 'single',
    difficulty: 'medium',
    topic: '党章党规',
    stem: `测试题 ${uniqueId()}：党的根本组织原则是（ ）`,
    options: [
      { key: 'A', text: '集体领导' },
      { key: 'B', text: '民主集中制' },
      { key: 'C', text: '个人分工负责' },
    ],
    answer: { keys: ['B'] },
    explanation: '党章规定，党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。',
    sourcePassage: '按照民主集中制组织起来的统一整体',
    visibility: 'public',
    reviewStatus: 'approved',
    _status: 'published',
    ...overrides,
  }
}

/** Creates a question over REST as the given staff user. */
export async function createQuestion(token: string, overrides: Partial<Question> = {}): Promise<Question> {
  const { status, body } = await apiJson<{ doc: Question }>('/api/questions', { token, method: 'POST', body: buildQuestion(overrides) })
  if (status !== 201) throw new Error(`POST /api/questions: HTTP ${status} ${JSON.stringify(body)}`)
  return body.doc
}

/** Moves everything a member did in the question bank one China day into the past (a test's "tomorrow"). */
export async function ageQuizRecords(memberId: number): Promise<void> {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    await client.query(`update daily_papers set day = day - 1 where member_id = $1`, [memberId])
    await client.query(`update question_answers set answered_at = answered_at - interval '1 day' where member_id = $1`, [memberId])
    await client.query(`update wrong_answers set last_wrong_at = last_wrong_at - interval '1 day' where member_id = $1`, [memberId])
  } finally {
    await client.end()
  }
}

/** One SQL count on the stack's database. */
export async function countRows(sql: string, values: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: number }>(sql, values)
    return Number(rows[0]?.count ?? 0)
  } finally {
    await client.end()
  }
}
