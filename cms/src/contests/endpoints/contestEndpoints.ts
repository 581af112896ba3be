import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'
import { privateJson } from '../../campaigns/endpoints/privateJson'
import { cmsError } from '../../errors/cmsError'
import { parseTrackingBody } from '../../tracking/trackingBody'
import { contestLeaderboard } from '../contestLeaderboard'
import { answerContestQuestion } from '../member/answerContestQuestion'
import { contestAnswerInputSchema, contestSubmitInputSchema } from '../member/contestAnswersInput'
import { contestMemberView } from '../member/contestMemberView'
import { loadMemberContest } from '../member/loadMemberContest'
import { readContestAttempt } from '../member/readContestAttempt'
import { startContestAttempt } from '../member/startContestAttempt'
import { submitContestAttempt } from '../member/submitContestAttempt'
import { contestExportDownload, contestExportStatus, queueContestExport } from '../organizer/contestExportJobs'
import { contestReport } from '../organizer/contestReport'
import { loadOrganizedContest } from '../organizer/loadOrganizedContest'
import { contestReminderInputSchema, sendContestReminder } from '../organizer/sendContestReminder'

const parseBody = <T extends z.ZodType>(req: PayloadRequest, schema: T) => parseTrackingBody(req, schema, {}, 'contest.invalidBody')
const memberContestOf = (req: PayloadRequest) => loadMemberContest(req, req.routeParams?.id)
const organizedOf = (req: PayloadRequest) => loadOrganizedContest(req, req.routeParams?.id)

function attemptNumber(req: PayloadRequest): number {
  const number = Number(req.routeParams?.number)
  if (!Number.isSafeInteger(number) || number <= 0)
    throw cmsError('contest.attemptUnknown', 404, { number: String(req.routeParams?.number) })
  return number
}

/** Members take contests and organizers run them, on `/api/contests/…` (docs/architecture.md, “Knowledge contests”). */
export const contestEndpoints: Endpoint[] = [
  { path: '/:id/me', method: 'get', handler: async (req) => privateJson(await contestMemberView(await memberContestOf(req))) },
  {
    path: '/:id/attempts',
    method: 'post',
    handler: async (req) => privateJson(await startContestAttempt(await memberContestOf(req)), 201),
  },
  {
    path: '/:id/attempts/:number',
    method: 'get',
    handler: async (req) => privateJson(await readContestAttempt(await memberContestOf(req), attemptNumber(req))),
  },
  {
    path: '/:id/attempts/:number/answers',
    method: 'put',
    handler: async (req) => {
      const context = await memberContestOf(req)
      const number = attemptNumber(req)
      return privateJson(await answerContestQuestion(context, { number, answer: await parseBody(req, contestAnswerInputSchema) }))
    },
  },
  {
    path: '/:id/attempts/:number/submission',
    method: 'post',
    handler: async (req) => {
      const context = await memberContestOf(req)
      const number = attemptNumber(req)
      const { answers } = await parseBody(req, contestSubmitInputSchema)
      const list = Object.entries(answers).map(([questionId, chosen]) => ({ questionId: Number(questionId), chosen }))
      return privateJson(await submitContestAttempt(context, { number, answers: list }))
    },
  },
  {
    path: '/:id/leaderboard',
    method: 'get',
    handler: async (req) => {
      const context = await memberContestOf(req)
      return privateJson(await contestLeaderboard(context.pool, context.rules, { memberId: context.memberId, scope: null }))
    },
  },
  { path: '/:id/report', method: 'get', handler: async (req) => privateJson(await contestReport(await organizedOf(req))) },
  {
    path: '/:id/reminders',
    method: 'post',
    handler: async (req) => {
      const organized = await organizedOf(req)
      return privateJson(await sendContestReminder(organized, await parseBody(req, contestReminderInputSchema)), 201)
    },
  },
  {
    path: '/:id/exports',
    method: 'post',
    handler: async (req) => {
      const organized = await organizedOf(req)
      const { jobId } = await queueContestExport(req, organized)
      return privateJson(await contestExportStatus(req, organized, jobId), 202)
    },
  },
  {
    path: '/:id/exports/:jobId',
    method: 'get',
    handler: async (req) => privateJson(await contestExportStatus(req, await organizedOf(req), req.routeParams?.jobId)),
  },
  {
    path: '/:id/exports/:jobId/file',
    method: 'get',
    handler: async (req) => contestExportDownload(req, await organizedOf(req), req.routeParams?.jobId),
  },
]
