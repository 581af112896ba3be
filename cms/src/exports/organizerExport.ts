import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { cmsError } from '../errors/cmsError'
import type { MessageCode } from '../i18n/messages'
import { readExportFile } from '../storage/exportFiles'

/** Exports run on their own queue, started as soon as they are queued (the cron runner only watches `default`). */
export const exportQueue = 'campaignExports'

/** What an export job is asked to do: the campaign or contest (under the kind's `subject` name), who asked, and the organizations they may see (null: all). */
export type ExportInput<Subject extends string> = { [key in Subject]: number } & { requestedBy: number; scope: number[] | null }

/** One kind of organizer export (a campaign's statistics, a contest's results): its job, its messages, its file. */
export interface ExportKind<Subject extends string> {
  task: 'campaignExport' | 'contestExport'
  label: string
  /** The input field naming what is exported, and the collection whose endpoints serve the download. */
  subject: Subject
  collection: 'campaigns' | 'contests'
  unknown: MessageCode
  notReady: MessageCode
  /** The workbook file of a job (on local disk, or the name of its object in the bucket). */
  file: (jobId: number | string) => string
  write: (payload: Payload, jobId: number | string, input: ExportInput<Subject>) => Promise<{ file: string; members: number }>
}

/** Who asks for an export of what: the campaign or contest, the organizer and their reach (null: all), and the download's name. */
export interface ExportRequest {
  subjectId: number
  userId: number
  scope: number[] | null
  fileName: string
}

/** An export job as its requester sees it. */
export interface ExportStatus {
  jobId: number
  status: 'queued' | 'running' | 'done' | 'failed'
  members: number | null
  downloadUrl: string | null
}

/** The background job of an export kind (queued by `POST /api/<collection>/:id/exports`). */
export function exportTask<Subject extends string>(
  kind: ExportKind<Subject>,
): TaskConfig<{ input: ExportInput<Subject>; output: { file: string; members: number } }> {
  return {
    slug: kind.task,
    label: kind.label,
    retries: 1,
    inputSchema: [
      { name: kind.subject, type: 'number', required: true },
      { name: 'requestedBy', type: 'number', required: true },
      { name: 'scope', type: 'json' },
    ],
    outputSchema: [
      { name: 'file', type: 'text', required: true },
      { name: 'members', type: 'number', required: true },
    ],
    handler: async ({ input, job, req }) => ({
      output: await kind.write(req.payload, job.id, { ...input, scope: (input.scope as number[] | null) ?? null }),
    }),
  } as TaskConfig<{ input: ExportInput<Subject>; output: { file: string; members: number } }>
}

/** Queues the workbook for the requester's scope and starts it at once; `finished` settles when it has run. */
export async function queueExport<Subject extends string>(
  req: PayloadRequest,
  kind: ExportKind<Subject>,
  request: ExportRequest,
): Promise<{ jobId: number; finished: Promise<unknown> }> {
  const input = { [kind.subject]: request.subjectId, requestedBy: request.userId, scope: request.scope }
  const job = await req.payload.jobs.queue({ task: kind.task, input: input as never, queue: exportQueue })
  const finished = req.payload.jobs.runByID({ id: job.id }).catch((error: unknown) => {
    req.payload.logger.error({ err: error, msg: `${kind.task} job ${job.id} failed to run` })
  })
  return { jobId: job.id as number, finished }
}

/** The export job `jobId` of this campaign or contest, only for the user who asked for it or an administrator (404 otherwise). */
export async function exportStatus<Subject extends string>(
  req: PayloadRequest,
  kind: ExportKind<Subject>,
  request: ExportRequest,
  jobId: unknown,
): Promise<ExportStatus> {
  const id = Number(jobId)
  if (!Number.isSafeInteger(id) || id <= 0) throw cmsError(kind.unknown, 404)
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const input = job?.input as Partial<Record<string, unknown>> | undefined
  const mine = request.scope === null || input?.requestedBy === request.userId
  if (job?.taskSlug !== kind.task || input?.[kind.subject] !== request.subjectId || !mine) throw cmsError(kind.unknown, 404)
  const output = job.log?.find((entry) => entry.taskSlug === kind.task && entry.state === 'succeeded')?.output as
    | { members?: number }
    | undefined
  const status = job.completedAt ? 'done' : job.hasError ? 'failed' : job.processing ? 'running' : 'queued'
  return {
    jobId: id,
    status,
    members: output?.members ?? null,
    downloadUrl: status === 'done' ? `/api/${kind.collection}/${request.subjectId}/exports/${id}/file` : null,
  }
}

/** The finished workbook of an export job, as a download named `fileName` (RFC 5987 for the Chinese name). */
export async function exportDownload<Subject extends string>(
  req: PayloadRequest,
  kind: ExportKind<Subject>,
  request: ExportRequest,
  jobId: unknown,
): Promise<Response> {
  const { status, jobId: id } = await exportStatus(req, kind, request, jobId)
  if (status !== 'done') throw cmsError(kind.notReady, 409)
  const name = request.fileName.replace(/[\\/:*?"<>|]/g, '_')
  const ascii = `${kind.collection.slice(0, -1)}-${request.subjectId}.xlsx`
  return new Response(await readExportFile(kind.file(id)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
    },
  })
}
