import type { PayloadRequest } from 'payload'
import { cmsError } from '../../errors/cmsError'
import { readExportFile } from '../../storage/exportFiles'
import type { OrganizedCampaign } from './OrganizedCampaign'
import { type CampaignExportInput, exportFile } from './writeCampaignExport'

/** Exports run on their own queue, started as soon as they are queued (the cron runner only watches `default`). */
export const exportQueue = 'campaignExports'

/** An export job as its requester sees it. */
export interface CampaignExportStatus {
  jobId: number
  status: 'queued' | 'running' | 'done' | 'failed'
  members: number | null
  downloadUrl: string | null
}

/** Queues the workbook for the organizer's scope and starts it at once; `finished` settles when it has run. */
export async function queueCampaignExport(
  req: PayloadRequest,
  organized: OrganizedCampaign,
): Promise<{ jobId: number; finished: Promise<unknown> }> {
  const input: CampaignExportInput = { campaign: organized.plan.id, requestedBy: organized.userId, scope: organized.scope }
  const job = await req.payload.jobs.queue({ task: 'campaignExport', input, queue: exportQueue })
  const finished = req.payload.jobs.runByID({ id: job.id }).catch((error: unknown) => {
    req.payload.logger.error({ err: error, msg: `campaign export job ${job.id} failed to run` })
  })
  return { jobId: job.id as number, finished }
}

/** The export job `jobId` of this campaign, only for the user who asked for it or an administrator (404 otherwise). */
export async function campaignExportStatus(
  req: PayloadRequest,
  organized: OrganizedCampaign,
  jobId: unknown,
): Promise<CampaignExportStatus> {
  const id = Number(jobId)
  if (!Number.isSafeInteger(id) || id <= 0) throw cmsError('campaign.exportUnknown', 404)
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const input = job?.input as Partial<CampaignExportInput> | undefined
  const mine = organized.scope === null || input?.requestedBy === organized.userId
  if (job?.taskSlug !== 'campaignExport' || input?.campaign !== organized.plan.id || !mine) throw cmsError('campaign.exportUnknown', 404)
  const output = job.log?.find((entry) => entry.taskSlug === 'campaignExport' && entry.state === 'succeeded')?.output as
    | { members?: number }
    | undefined
  const status = job.completedAt ? 'done' : job.hasError ? 'failed' : job.processing ? 'running' : 'queued'
  return {
    jobId: id,
    status,
    members: output?.members ?? null,
    downloadUrl: status === 'done' ? `/api/campaigns/${organized.plan.id}/exports/${id}/file` : null,
  }
}

/** The finished workbook of an export job, as a download named after the campaign (RFC 5987 for the Chinese name). */
export async function campaignExportDownload(req: PayloadRequest, organized: OrganizedCampaign, jobId: unknown): Promise<Response> {
  const { status, jobId: id } = await campaignExportStatus(req, organized, jobId)
  if (status !== 'done') throw cmsError('campaign.exportNotReady', 409)
  const bytes = await readExportFile(exportFile(id))
  const name = `${organized.campaign.title}-统计.xlsx`.replace(/[\\/:*?"<>|]/g, '_')
  return new Response(bytes, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="campaign-${organized.plan.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
    },
  })
}
