import { quizAnswersInputSchema } from '@xuexi/contract/campaigns/quizAnswersInput'
import { reflectionInputSchema } from '@xuexi/contract/campaigns/reflectionInput'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { cmsError } from '../../errors/cmsError'
import { loadPointsRules } from '../../tracking/pointsRules'
import { parseTrackingBody } from '../../tracking/trackingBody'
import { buildMemberCampaignView } from '../member/buildMemberCampaignView'
import { campaignLeaderboard } from '../member/campaignLeaderboard'
import { checkIn } from '../member/checkIn'
import { joinCampaign } from '../member/joinCampaign'
import { loadMemberCampaign } from '../member/loadMemberCampaign'
import { memberCampaignList } from '../member/memberCampaignList'
import { readQuizAttempt } from '../member/readQuizAttempt'
import { saveReflection } from '../member/saveReflection'
import { startQuizAttempt } from '../member/startQuizAttempt'
import { submitQuizAttempt } from '../member/submitQuizAttempt'
import { privateJson } from './privateJson'

const checkInSchema = z.object({ note: z.string().trim().max(200, 'campaign.invalidBody').optional() })
const parseBody = <T extends z.ZodType>(req: PayloadRequest, schema: T) => parseTrackingBody(req, schema, {}, 'campaign.invalidBody')
const campaignOf = (req: PayloadRequest) => loadMemberCampaign(req, req.routeParams?.id)

function attemptNumber(req: PayloadRequest): number {
  const number = Number(req.routeParams?.number)
  if (!Number.isSafeInteger(number) || number <= 0)
    throw cmsError('campaign.quizAttemptUnknown', 404, { number: String(req.routeParams?.number) })
  return number
}

/** The member side of campaigns, on `/api/campaigns/…` (see docs/architecture.md, “Reading campaigns”, “Member side”). */
export const memberCampaignEndpoints: Endpoint[] = [
  {
    path: '/mine',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw cmsError('campaign.loginRequired', 401)
      return privateJson({ docs: await memberCampaignList(req) })
    },
  },
  {
    path: '/:id/me',
    method: 'get',
    handler: async (req) => privateJson(await buildMemberCampaignView(req, await campaignOf(req))),
  },
  {
    path: '/:id/enrolment',
    method: 'post',
    handler: async (req) => privateJson(await joinCampaign(await campaignOf(req))),
  },
  {
    path: '/:id/check-ins',
    method: 'post',
    handler: async (req) => {
      const context = await campaignOf(req)
      const { note } = await parseBody(req, checkInSchema)
      return privateJson(await checkIn(context, { note, rules: await loadPointsRules(req.payload) }), 201)
    },
  },
  {
    path: '/:id/reflection',
    method: 'put',
    handler: async (req) => {
      const context = await campaignOf(req)
      return privateJson(await saveReflection(context, await parseBody(req, reflectionInputSchema)))
    },
  },
  {
    path: '/:id/quiz-attempts',
    method: 'post',
    handler: async (req) => privateJson(await startQuizAttempt(await campaignOf(req)), 201),
  },
  {
    path: '/:id/quiz-attempts/:number',
    method: 'get',
    handler: async (req) => privateJson(await readQuizAttempt(await campaignOf(req), attemptNumber(req))),
  },
  {
    path: '/:id/quiz-attempts/:number',
    method: 'post',
    handler: async (req) => {
      const context = await campaignOf(req)
      const number = attemptNumber(req)
      const { answers } = await parseBody(req, quizAnswersInputSchema)
      return privateJson(await submitQuizAttempt(context, { number, answers, rules: await loadPointsRules(req.payload) }))
    },
  },
  {
    path: '/:id/leaderboard',
    method: 'get',
    handler: async (req) => privateJson(await campaignLeaderboard(await campaignOf(req))),
  },
]
