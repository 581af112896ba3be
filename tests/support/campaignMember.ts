import type { User } from '@xuexi/contract/payload-types'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { loadMemberCampaign } from '../../cms/src/campaigns/member/loadMemberCampaign'

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
