import type { TopicQuiz } from '@xuexi/contract/payload-types'
import { apiJson } from './cmsApi'
import { uniqueId } from './factories'

/** A published, approved topic quiz open from an hour ago until tomorrow, for signed-in members (override any field). */
export async function createTopicQuiz(
  adminToken: string,
  questions: Array<{ id: number }>,
  overrides: Partial<TopicQuiz> = {},
): Promise<TopicQuiz> {
  const { status, body } = await apiJson<{ doc: TopicQuiz }>('/api/topic-quizzes', {
    token: adminToken,
    method: 'POST',
    body: {
      title: `专项答题 ${uniqueId()}`,
      description: '围绕党章出题',
      topic: '党章党规',
      opensAt: new Date(Date.now() - 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      questions: questions.map((question) => question.id),
      visibility: 'members',
      reviewStatus: 'approved',
      _status: 'published',
      ...overrides,
    },
  })
  if (status !== 201) throw new Error(`POST /api/topic-quizzes: HTTP ${status} ${JSON.stringify(body)}`)
  return body.doc
}
