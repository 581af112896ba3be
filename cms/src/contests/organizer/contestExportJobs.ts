import type { PayloadRequest } from 'payload'
import { type ExportKind, type ExportRequest, exportDownload, exportStatus, exportTask, queueExport } from '../../exports/organizerExport'
import type { OrganizedContest } from './OrganizedContest'
import { contestExportFile, writeContestExport } from './writeContestExport'

/** A contest's results workbook as an organizer export (`/api/contests/:id/exports…`). */
export const contestExport: ExportKind<'contest'> = {
  task: 'contestExport',
  label: '导出知识竞赛成绩',
  subject: 'contest',
  collection: 'contests',
  unknown: 'contest.exportUnknown',
  notReady: 'contest.exportNotReady',
  file: contestExportFile,
  write: writeContestExport,
}

/** The background job that writes a contest's Excel workbook. */
export const contestExportTask = exportTask(contestExport)

const requestOf = (organized: OrganizedContest): ExportRequest => ({
  subjectId: organized.rules.id,
  userId: organized.userId,
  scope: organized.scope,
  fileName: `${organized.rules.title}-成绩.xlsx`,
})

/** Queues the contest's workbook for the organizer's scope and starts it at once; `finished` settles when it has run. */
export const queueContestExport = (req: PayloadRequest, organized: OrganizedContest) =>
  queueExport(req, contestExport, requestOf(organized))

/** The contest's export job `jobId`, only for the organizer who asked for it or an administrator (404 otherwise). */
export const contestExportStatus = (req: PayloadRequest, organized: OrganizedContest, jobId: unknown) =>
  exportStatus(req, contestExport, requestOf(organized), jobId)

/** The finished workbook, named after the contest. */
export const contestExportDownload = (req: PayloadRequest, organized: OrganizedContest, jobId: unknown) =>
  exportDownload(req, contestExport, requestOf(organized), jobId)
