import type { TaskConfig } from 'payload'
import { type ContestExportInput, writeContestExport } from './writeContestExport'

/** The background job that writes a contest's Excel workbook (queued by `POST /api/contests/:id/exports`). */
export const contestExportTask: TaskConfig<{ input: ContestExportInput; output: { file: string; members: number } }> = {
  slug: 'contestExport',
  label: '导出知识竞赛成绩',
  retries: 1,
  inputSchema: [
    { name: 'contest', type: 'number', required: true },
    { name: 'requestedBy', type: 'number', required: true },
    { name: 'scope', type: 'json' },
  ],
  outputSchema: [
    { name: 'file', type: 'text', required: true },
    { name: 'members', type: 'number', required: true },
  ],
  handler: async ({ input, job, req }) => ({
    output: await writeContestExport(req.payload, job.id, { ...input, scope: (input.scope as number[] | null) ?? null }),
  }),
}
