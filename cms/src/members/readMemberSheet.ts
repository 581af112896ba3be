import { readSheet, type SheetRow } from '../sheets/readSheet'
import { type MemberColumn, memberColumns, requiredMemberColumns } from './memberColumns'

/** One data row of a member sheet: its row number in the sheet and its cells by column. */
export type MemberSheetRow = SheetRow<MemberColumn>

export const maxMemberRows = 5000

/** Reads a member sheet (.xlsx or .csv, see `readSheet`); a sheet that cannot be imported at all throws a `SheetError`. */
export function readMemberSheet(data: Buffer, filename: string): Promise<MemberSheetRow[]> {
  return readSheet(data, filename, {
    columns: memberColumns,
    required: requiredMemberColumns,
    maxRows: maxMemberRows,
    refusals: {
      fileType: 'members.fileType',
      unreadable: 'members.unreadable',
      empty: 'members.empty',
      columnsMissing: 'members.columnsMissing',
      tooMany: 'members.tooMany',
    },
  })
}
