import { type PayloadRequest, ValidationError } from 'payload'
import { t } from '../../i18n/messages'
import type { SheetRow } from '../../sheets/readSheet'
import { type ImportedQuestion, parseQuestionRow, type RowProblem } from './parseQuestionRow'
import type { QuestionColumn } from './questionColumns'

/** The outcome for one row of a question sheet. */
export interface QuestionRowResult {
  row: number
  stem: string
  status: 'created' | 'failed'
  id?: number
  message?: string
}

/** What importing a question sheet did, row by row. */
export interface QuestionImportReport {
  created: number
  failed: number
  rows: QuestionRowResult[]
}

const stemKey = (stem: string) => stem.normalize('NFKC').replace(/\s+/g, '')

/**
 * Creates one draft question (编辑中, unpublished: imported questions go through review like
 * hand-made ones) per sheet row, each on its own, with the importing editor's access, and reports
 * every row: created, or failed with the Chinese reason. A stem that repeats an earlier row or a
 * question already in the bank (drafts included) is refused.
 */
export async function importQuestions(req: PayloadRequest, rows: SheetRow<QuestionColumn>[]): Promise<QuestionImportReport> {
  const inBank = await existingStems(req, rows)
  const firstRowOf = new Map<string, number>()
  const results: QuestionRowResult[] = []
  for (const sheetRow of rows) {
    const base = { row: sheetRow.row, stem: (sheetRow.cells.stem ?? '').slice(0, 200) }
    const fail = ({ code, values }: RowProblem) => results.push({ ...base, status: 'failed', message: t(code, values) })
    const parsed = parseQuestionRow(sheetRow)
    if ('problem' in parsed) {
      fail(parsed.problem)
      continue
    }
    const key = stemKey(parsed.question.stem)
    const duplicateOf = firstRowOf.get(key)
    if (duplicateOf !== undefined) {
      fail({ code: 'questionImport.duplicateInFile', values: { row: duplicateOf } })
      continue
    }
    firstRowOf.set(key, sheetRow.row)
    if (inBank.has(key)) {
      fail({ code: 'questionImport.existsInBank' })
      continue
    }
    try {
      const id = await createDraft(req, parsed.question)
      results.push({ ...base, status: 'created', id })
    } catch (error) {
      fail({ code: 'questionImport.createFailed', values: { reason: reasonOf(error) } })
    }
  }
  const created = results.filter((result) => result.status === 'created').length
  return { created, failed: results.length - created, rows: results }
}

async function createDraft(req: PayloadRequest, question: ImportedQuestion): Promise<number> {
  const doc = await req.payload.create({
    collection: 'questions',
    draft: true,
    data: { ...question, options: question.kind === 'single' || question.kind === 'multiple' ? question.options : [], _status: 'draft' },
    req,
    overrideAccess: false,
  })
  return doc.id
}

// The bank's stems as written in the sheet (drafts included); rows of one file are also compared
// without spaces and with full-width forms folded, so "（ ）" and "( )" repeat each other.
async function existingStems(req: PayloadRequest, rows: SheetRow<QuestionColumn>[]): Promise<Set<string>> {
  const stems = [...new Set(rows.flatMap((row) => (row.cells.stem ? [row.cells.stem] : [])))]
  if (stems.length === 0) return new Set()
  const found = await req.payload.find({
    collection: 'questions',
    where: { stem: { in: stems } },
    select: { stem: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(found.docs.map((doc) => stemKey(doc.stem)))
}

function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map((problem) => problem.message).join('；')
  return error instanceof Error ? error.message : String(error)
}
