import type { PayloadRequest } from 'payload'
import { type ExportKind, type ExportRequest, exportDownload, exportStatus, exportTask, queueExport } from '../../exports/organizerExport'
import type { OrganizedCampaign } from './OrganizedCampaign'
import { exportFile, writeCampaignExport } from './writeCampaignExport'

/** A campaign's statistics workbook as an organizer export (`/api/campaigns/:id/exports…`). */
export const campaignExport: ExportKind<'campaign'> = {
  task: 'campaignExport',
  label: '导出读书活动统计',
  subject: 'campaign',
  collection: 'campaigns',
  unknown: 'campaign.exportUnknown',
  notReady: 'campaign.exportNotReady',
  file: exportFile,
  write: writeCampaignExport,
}

/** The background job that writes a campaign's Excel workbook. */
export const campaignExportTask = exportTask(campaignExport)

const requestOf = (organized: OrganizedCampaign): ExportRequest => ({
  subjectId: organized.plan.id,
  userId: organized.userId,
  scope: organized.scope,
  fileName: `${organized.campaign.title}-统计.xlsx`,
})

/** Queues the campaign's workbook for the organizer's scope and starts it at once; `finished` settles when it has run. */
export const queueCampaignExport = (req: PayloadRequest, organized: OrganizedCampaign) =>
  queueExport(req, campaignExport, requestOf(organized))

/** The campaign's export job `jobId`, only for the organizer who asked for it or an administrator (404 otherwise). */
export const campaignExportStatus = (req: PayloadRequest, organized: OrganizedCampaign, jobId: unknown) =>
  exportStatus(req, campaignExport, requestOf(organized), jobId)

/** The finished workbook, named after the campaign. */
export const campaignExportDownload = (req: PayloadRequest, organized: OrganizedCampaign, jobId: unknown) =>
  exportDownload(req, campaignExport, requestOf(organized), jobId)
