import type { Campaign, User } from '@xuexi/contract/payload-types'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Pool } from 'pg'
import { loadMemberCampaign } from '../../cms/src/campaigns/member/loadMemberCampaign'
import { buildArticle, buildCampaign, createOrganization, createUser } from './factories'

/** A Local API request made by the user (or anonymously), as an endpoint receives it. */
export async function requestAs(payload: Payload, user: User | null): Promise<PayloadRequest> {
  return createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
}

/** The campaign as the member acts on it through the member endpoints (same loader, same access rules). */
export async function campaignAs(payload: Payload, user: User | null, campaignId: number, now?: Date) {
  return loadMemberCampaign(await requestAs(payload, user), campaignId, now)
}

/** Two single-choice questions and one true/false, with explanations: a small quiz for tests. */
export const sampleQuiz = {
  enabled: true,
  passMark: 60,
  maxAttempts: 2,
  questions: [
    {
      kind: 'single' as const,
      prompt: '党的根本宗旨是什么？',
      options: [
        { text: '全心全意为人民服务', correct: true },
        { text: '发展经济', correct: false },
        { text: '改革开放', correct: false },
      ],
      explanation: '党章总纲明确规定。',
    },
    {
      kind: 'multiple' as const,
      prompt: '“三会一课”包括哪些？',
      options: [
        { text: '支部党员大会', correct: true },
        { text: '支部委员会', correct: true },
        { text: '表彰大会', correct: false },
      ],
      explanation: '三会：支部党员大会、支部委员会、党小组会。',
    },
    {
      kind: 'trueFalse' as const,
      prompt: '党员应按期交纳党费。',
      options: [
        { text: '正确', correct: true },
        { text: '错误', correct: false },
      ],
      explanation: '交纳党费是党员的义务。',
    },
  ],
}

/**
 * A campaign of a committee with two branches, over one published article: a member and a colleague in branch A,
 * another member in branch B, and an outsider in another committee.
 */
export async function campaignSetting(payload: Payload, overrides: Partial<Campaign> = {}) {
  const committee = await createOrganization(payload, '活动党委')
  const branchA = await createOrganization(payload, '活动第一支部', committee.id)
  const branchB = await createOrganization(payload, '活动第二支部', committee.id)
  const outsider = await createUser(payload, 'member', { organization: (await createOrganization(payload, '其他党委')).id })
  const member = await createUser(payload, 'member', { organization: branchA.id })
  const colleague = await createUser(payload, 'member', { organization: branchA.id })
  const other = await createUser(payload, 'member', { organization: branchB.id })
  const article = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
  const campaign = await payload.create({
    collection: 'campaigns',
    data: buildCampaign([committee.id], [{ collection: 'articles', id: article.id }], overrides),
  })
  return { committee, branchA, branchB, outsider, member, colleague, other, article, campaign }
}

/** How many rows a campaign table holds for the campaign (and the member, when given). */
export async function campaignRowCount(pool: Pool, table: string, campaignId: number, memberId?: number): Promise<number> {
  const { rows } = await pool.query(`select count(*) from ${table} where campaign_id = $1 and ($2::int is null or member_id = $2)`, [
    campaignId,
    memberId ?? null,
  ])
  return Number(rows[0].count)
}

/** The member's study points of one kind, over all days. */
export async function studyPoints(pool: Pool, member: User, kind: string): Promise<number> {
  const { rows } = await pool.query('select coalesce(sum(points), 0) as points from study_daily where user_id = $1 and kind = $2', [
    member.id,
    kind,
  ])
  return Number(rows[0].points)
}
