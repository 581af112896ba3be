import type { TaskConfig } from 'payload'
import { type CampaignExportInput, writeCampaignExport } from './writeCampaignExport'

/** The background job that writes a campaign's Excel workbook (queued by `POST /api/campaigns/:id/exports`). */
export const campaignExportTask: TaskConfig<{ input: CampaignExportInput; output: { file: string; members: number } }> = {
  slug: 'campaignExport',
  label: '导出读书活动统计',
  retries: 1,
  inputSchema: [
    { name: 'campaign', type: 'number', required: true },
    { name: 'requestedBy', type: 'number', required: true },
    { name: 'scope', type: 'json' },
  ],
  outputSchema: [
    { name: 'file', type: 'text', required: true },
    { name: 'members', type: 'number', required: true },
  ],
  handler: async ({ input, job, req }) => ({
    output: await writeCampaignExport(req.payload, job.id, { ...input, scope: (input.scope as number[] | null) ?? null }),
  }),
}
