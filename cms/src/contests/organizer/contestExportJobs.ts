import type { PayloadRequest } from 'payload'
import { exportQueue } from '../../campaigns/organizer/campaignExportJobs'
import { cmsError } from '../../errors/cmsError'
import { readExportFile } from '../../storage/exportFiles'
import type { OrganizedContest } from './OrganizedContest'
import { type ContestExportInput, contestExportFile } from './writeContestExport'

/** A contest export job as its requester sees it. */
export interface ContestExportStatus {
  jobId: number
  status: 'queued' | 'running' | 'done' | 'failed'
  members: number | null
  downloadUrl: string | null
}

/** Queues the workbook for the organizer's scope on the campaigns' export queue and starts it at once. */
export async function queueContestExport(req: PayloadRequest, organized: OrganizedContest): Promise<number> {
  const input: ContestExportInput = { contest: organized.rules.id, requestedBy: organized.userId, scope: organized.scope }
  const job = await req.payload.jobs.queue({ task: 'contestExport', input, queue: exportQueue })
  req.payload.jobs.runByID({ id: job.id }).catch((error: unknown) => {
    req.payload.logger.error({ err: error, msg: `contest export job ${job.id} failed to run` })
  })
  return job.id as number
}

/** The export job `jobId` of this contest, only for the user who asked for it or an administrator (404 otherwise). */
export async function contestExportStatus(req: PayloadRequest, organized: OrganizedContest, jobId: unknown): Promise<ContestExportStatus> {
  const id = Number(jobId)
  if (!Number.isSafeInteger(id) || id <= 0) throw cmsError('contest.exportUnknown', 404)
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const input = job?.input as Partial<ContestExportInput> | undefined
  const mine = organized.scope === null || input?.requestedBy === organized.userId
  if (job?.taskSlug !== 'contestExport' || input?.contest !== organized.rules.id || !mine) throw cmsError('contest.exportUnknown', 404)
  const output = job.log?.find((entry) => entry.taskSlug === 'contestExport' && entry.state === 'succeeded')?.output as
    | { members?: number }
    | undefined
  const status = job.completedAt ? 'done' : job.hasError ? 'failed' : job.processing ? 'running' : 'queued'
  return {
    jobId: id,
    status,
    members: output?.members ?? null,
    downloadUrl: status === 'done' ? `/api/contests/${organized.rules.id}/exports/${id}/file` : null,
  }
}

/** The finished workbook, as a download named after the contest (RFC 5987 for the Chinese name). */
export async function contestExportDownload(req: PayloadRequest, organized: OrganizedContest, jobId: unknown): Promise<Response> {
  const { status, jobId: id } = await contestExportStatus(req, organized, jobId)
  if (status !== 'done') throw cmsError('contest.exportNotReady', 409)
  const name = `${organized.rules.title}-成绩.xlsx`.replace(/[\\/:*?"<>|]/g, '_')
  return new Response(await readExportFile(contestExportFile(id)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="contest-${organized.rules.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
    },
  })
}
