import { topicQuizAnswersSchema } from '@xuexi/contract/questions/topicQuizAnswers'
import type { Endpoint, PayloadRequest } from 'payload'
import { privateJson } from '../../campaigns/endpoints/privateJson'
import { cmsError } from '../../errors/cmsError'
import { parseTrackingBody } from '../../tracking/trackingBody'
import { openTopicQuizzes } from './openTopicQuizzes'
import { openTopicQuiz, submitTopicQuiz } from './topicQuiz'

function quizId(req: PayloadRequest): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id <= 0) throw cmsError('topicQuiz.notFound', 404)
  if (!req.user) throw cmsError('topicQuiz.loginRequired', 401)
  return id
}

/** The member side of 专项答题 on `/api/topic-quizzes/…` (docs/architecture.md, “Topic quizzes”). */
export const topicQuizEndpoints: Endpoint[] = [
  { path: '/open', method: 'get', handler: async (req) => privateJson({ docs: await openTopicQuizzes(req) }) },
  { path: '/:id/me', method: 'get', handler: async (req) => privateJson(await openTopicQuiz(req, quizId(req))) },
  {
    path: '/:id/submission',
    method: 'post',
    handler: async (req) => {
      const id = quizId(req)
      const body = await parseTrackingBody(req, topicQuizAnswersSchema, {}, 'quiz.invalidBody')
      return privateJson(await submitTopicQuiz(req, id, body))
    },
  },
]
