import { bookAnswerSchema, dailyAnswersSchema } from '@xuexi/contract/questions/answersInput'
import type { Endpoint, PayloadRequest } from 'payload'
import { privateJson } from '../../campaigns/endpoints/privateJson'
import { cmsError } from '../../errors/cmsError'
import { parseTrackingBody } from '../../tracking/trackingBody'
import { openDailyQuiz, submitDailyQuiz } from '../daily/dailyQuiz'
import { answerFromBook, readWrongBook } from './wrongBook'

const signedIn = (req: PayloadRequest) => {
  if (!req.user) throw cmsError('quiz.loginRequired', 401)
  return req
}

/** The member side of the question bank, on `/api/questions/…`: the daily quiz and the wrong-answer book (docs/architecture.md, “Question bank”). */
export const quizEndpoints: Endpoint[] = [
  { path: '/daily', method: 'get', handler: async (req) => privateJson(await openDailyQuiz(signedIn(req))) },
  {
    path: '/daily',
    method: 'post',
    handler: async (req) => {
      const body = await parseTrackingBody(signedIn(req), dailyAnswersSchema, {}, 'quiz.invalidBody')
      return privateJson(await submitDailyQuiz(req, body))
    },
  },
  { path: '/wrong-book', method: 'get', handler: async (req) => privateJson({ docs: await readWrongBook(signedIn(req)) }) },
  {
    path: '/wrong-book/:id',
    method: 'post',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      if (!Number.isSafeInteger(id) || id <= 0) throw cmsError('quiz.questionNotFound', 404)
      const { response } = await parseTrackingBody(signedIn(req), bookAnswerSchema, {}, 'quiz.invalidBody')
      return privateJson(await answerFromBook(req, id, response))
    },
  },
]
