import { reminderInputSchema } from '@xuexi/contract/campaigns/reminderInput'
import type { Endpoint, PayloadRequest } from 'payload'
import { parseTrackingBody } from '../../tracking/trackingBody'
import { campaignExportDownload, campaignExportStatus, queueCampaignExport } from '../organizer/campaignExportJobs'
import { campaignReport } from '../organizer/campaignReport'
import { loadOrganizedCampaign } from '../organizer/loadOrganizedCampaign'
import { managedCampaigns } from '../organizer/managedCampaigns'
import { sendCampaignReminder } from '../organizer/sendCampaignReminder'
import { privateJson } from './privateJson'

const organizedOf = (req: PayloadRequest) => loadOrganizedCampaign(req, req.routeParams?.id)

/** The organizer side of campaigns: managed list, dashboard data, reminders and Excel export (docs/architecture.md, “Reading campaigns”). */
export const organizerCampaignEndpoints: Endpoint[] = [
  { path: '/managed', method: 'get', handler: async (req) => privateJson({ docs: await managedCampaigns(req) }) },
  {
    path: '/:id/report',
    method: 'get',
    handler: async (req) => privateJson(await campaignReport(await organizedOf(req))),
  },
  {
    path: '/:id/reminders',
    method: 'post',
    handler: async (req) => {
      const organized = await organizedOf(req)
      const input = await parseTrackingBody(req, reminderInputSchema, {}, 'campaign.invalidBody')
      return privateJson(await sendCampaignReminder(organized, input), 201)
    },
  },
  {
    path: '/:id/exports',
    method: 'post',
    handler: async (req) => {
      const organized = await organizedOf(req)
      const { jobId } = await queueCampaignExport(req, organized)
      return privateJson(await campaignExportStatus(req, organized, jobId), 202)
    },
  },
  {
    path: '/:id/exports/:jobId',
    method: 'get',
    handler: async (req) => privateJson(await campaignExportStatus(req, await organizedOf(req), req.routeParams?.jobId)),
  },
  {
    path: '/:id/exports/:jobId/file',
    method: 'get',
    handler: async (req) => campaignExportDownload(req, await organizedOf(req), req.routeParams?.jobId),
  },
]
