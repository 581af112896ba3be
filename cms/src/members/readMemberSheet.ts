import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { MemberSheetError } from './MemberSheetError'
import { columnForHeader, type MemberColumn, memberColumns, requiredMemberColumns } from './memberColumns'

/** One data row of a member sheet: its row number in the sheet and its cells by column. */
export interface MemberSheetRow {
  row: number
  cells: Partial<Record<MemberColumn, string>>
}

export const maxMemberRows = 5000

/**
 * Reads the first worksheet of an .xlsx file or a .csv file (UTF-8, or GB18030 as Excel saves it on
 * Chinese Windows) into rows keyed by column. Blank rows are skipped; row numbers match the sheet.
 */
export async function readMemberSheet(data: Buffer, filename: string): Promise<MemberSheetRow[]> {
  const extension = filename.toLowerCase().split('.').pop()
  if (extension !== 'xlsx' && extension !== 'csv') throw new MemberSheetError('members.fileType')
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
    throw new MemberSheetError('members.unreadable', { reason: error instanceof Error ? error.message : String(error) })
  }
  if (!sheet || sheet.actualRowCount < 2) throw new MemberSheetError('members.empty')

  const columns = new Map<number, MemberColumn>()
  sheet.getRow(1).eachCell((cell, index) => {
    const column = columnForHeader(cellText(cell))
    if (column && ![...columns.values()].includes(column)) columns.set(index, column)
  })
  const missing = requiredMemberColumns.filter((column) => ![...columns.values()].includes(column))
  if (missing.length > 0)
    throw new MemberSheetError('members.columnsMissing', { columns: missing.map((column) => memberColumns[column][0]).join('、') })

  const rows: MemberSheetRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return
    const cells: MemberSheetRow['cells'] = {}
    for (const [index, column] of columns) {
      const text = cellText(row.getCell(index)).trim()
      if (text) cells[column] = text
    }
    if (Object.keys(cells).length > 0) rows.push({ row: rowNumber, cells })
  })
  if (rows.length === 0) throw new MemberSheetError('members.empty')
  if (rows.length > maxMemberRows) throw new MemberSheetError('members.tooMany', { limit: maxMemberRows, count: rows.length })
  return rows
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
