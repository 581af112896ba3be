import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { MessageCode } from '../i18n/messages'
import { SheetError } from './SheetError'

/** One data row of a sheet: its row number in the sheet, its cells by column, and the columns whose cell held a formula. */
export interface SheetRow<Column extends string> {
  row: number
  cells: Partial<Record<Column, string>>
  formulas: Column[]
}

/** What a kind of sheet looks like: header texts per column, the required ones, the row limit and the codes of its refusals. */
export interface SheetSpec<Column extends string> {
  columns: Record<Column, readonly string[]>
  required: readonly Column[]
  maxRows: number
  refusals: Record<'fileType' | 'unreadable' | 'empty' | 'columnsMissing' | 'tooMany', MessageCode>
}

/**
 * Reads the first worksheet of an .xlsx file or a .csv file (UTF-8 with or without a byte-order
 * mark, or GB18030 as Excel saves it on Chinese Windows) into rows keyed by column. The first row is
 * the header (case, spaces and a trailing * ignored); blank rows are skipped; row numbers match the sheet.
 */
export async function readSheet<Column extends string>(
  data: Buffer,
  filename: string,
  spec: SheetSpec<Column>,
): Promise<SheetRow<Column>[]> {
  const extension = filename.toLowerCase().split('.').pop()
  if (extension !== 'xlsx' && extension !== 'csv') throw new SheetError(spec.refusals.fileType)
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  try {
    if (extension === 'xlsx') {
      await workbook.xlsx.load(data as unknown as ArrayBuffer)
      sheet = workbook.worksheets[0]
    } else {
      sheet = await workbook.csv.read(Readable.from([decodeCsv(data)]))
    }
  } catch (error) {
    throw new SheetError(spec.refusals.unreadable, { reason: error instanceof Error ? error.message : String(error) })
  }
  if (!sheet || sheet.actualRowCount < 2) throw new SheetError(spec.refusals.empty)
  // Counted before any row is read, so a huge sheet costs no more than its header.
  if (sheet.actualRowCount - 1 > spec.maxRows)
    throw new SheetError(spec.refusals.tooMany, { limit: spec.maxRows, count: sheet.actualRowCount - 1 })

  const names = Object.keys(spec.columns) as Column[]
  const columns = new Map<number, Column>()
  sheet.getRow(1).eachCell((cell, index) => {
    const header = normalizeHeader(cellText(cell))
    const column = names.find((name) => spec.columns[name].includes(header))
    if (column && ![...columns.values()].includes(column)) columns.set(index, column)
  })
  const missing = spec.required.filter((column) => ![...columns.values()].includes(column))
  if (missing.length > 0)
    throw new SheetError(spec.refusals.columnsMissing, { columns: missing.map((column) => spec.columns[column][0]).join('、') })

  const rows: SheetRow<Column>[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return
    const cells: SheetRow<Column>['cells'] = {}
    const formulas: Column[] = []
    for (const [index, column] of columns) {
      const cell = row.getCell(index)
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(column)
      const text = cellText(cell).trim()
      if (text) cells[column] = text
    }
    if (Object.keys(cells).length > 0 || formulas.length > 0) rows.push({ row: rowNumber, cells, formulas })
  })
  if (rows.length === 0) throw new SheetError(spec.refusals.empty)
  return rows
}

function normalizeHeader(header: string): string {
  return header
    .trim()
    .replace(/[*＊]$/, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

function decodeCsv(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(data)
  }
}

// Phone numbers typed into Excel become numbers; hyperlinks and rich text become objects.
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'text' in value) return String(value.text)
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('')
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '')
  return cell.text ?? String(value)
}
