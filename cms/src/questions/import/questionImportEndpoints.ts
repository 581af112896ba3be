import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { type MessageCode, t } from '../../i18n/messages'
import { formatBytes } from '../../limits/bodyLimits'
import { readSheet } from '../../sheets/readSheet'
import { SheetError } from '../../sheets/SheetError'
import { importQuestions } from './importQuestions'
import { maxQuestionFileBytes, questionSheetSpec } from './questionColumns'
import { questionTemplate } from './questionTemplate'

const refusal = (code: MessageCode, status: number, values: Record<string, string | number> = {}) =>
  Response.json({ code, message: t(code, values) }, { status })

// Editors and admins write the bank (the collection's create access); reviewers, organizers and members do not import.
const mayImport = (req: PayloadRequest) => hasRole(req, ['admin', 'editor'])

/**
 * `POST /api/questions/import` (editors and admins; multipart form with `file`: .xlsx or .csv up to
 * 2 MB and 1,000 rows) → a report of every row; `GET /api/questions/import-template` → the Excel
 * template. A file that cannot be read at all is refused (400, 413) and creates nothing.
 */
export const questionImportEndpoints: Endpoint[] = [
  {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      if (!mayImport(req)) return refusal('questionImport.editorsOnly', req.user ? 403 : 401)
      const form = await req.formData?.().catch(() => undefined)
      const file = form?.get('file')
      if (!(file instanceof File) || file.size === 0) return refusal('questionImport.fileMissing', 400)
      if (file.size > maxQuestionFileBytes) return refusal('questionImport.fileTooLarge', 413, { limit: formatBytes(maxQuestionFileBytes) })
      try {
        const rows = await readSheet(Buffer.from(await file.arrayBuffer()), file.name, questionSheetSpec)
        return Response.json(await importQuestions(req, rows))
      } catch (error) {
        if (!(error instanceof SheetError)) throw error
        return refusal(error.code, 400, error.values)
      }
    },
  },
  {
    path: '/import-template',
    method: 'get',
    handler: async (req) => {
      if (!mayImport(req)) return refusal('questionImport.editorsOnly', req.user ? 403 : 401)
      return new Response(new Uint8Array(await questionTemplate()), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('题目导入模板.xlsx')}`,
        },
      })
    },
  },
]
