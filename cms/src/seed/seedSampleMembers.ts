import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { importMembers } from '../members/importMembers'
import { readMemberSheet } from '../members/readMemberSheet'

/** The sample members created on an empty database, for the launcher to print once. */
export interface SampleMembers {
  count: number
  /** A member's and an organizer's login id, to try the portal with. */
  memberLoginId: string
  organizerLoginId: string
  password: string
}

/**
 * Creates the sample members in a member sheet (the same import as the admin's), all with one
 * generated password (or `password`), so a newcomer can sign in as a member or an organizer.
 */
export async function seedSampleMembers(payload: Payload, file: string, password?: string): Promise<SampleMembers> {
  const sharedPassword = password || randomBytes(9).toString('base64url')
  const rows = await readMemberSheet(await readFile(file), path.basename(file))
  const report = await importMembers(
    payload,
    rows.map((row) => ({ ...row, cells: { ...row.cells, password: sharedPassword } })),
  )
  if (report.failed > 0) {
    const reasons = report.rows.filter((row) => row.status === 'failed').map((row) => `  第 ${row.row} 行：${row.message}`)
    throw new Error(`示例成员导入失败（${report.failed} 行）：\n${reasons.join('\n')}`)
  }
  const loginIdOf = (role: string) => rows.find((row) => row.cells.role === role)?.cells.loginId ?? ''
  return { count: report.created, memberLoginId: loginIdOf('党员/学员'), organizerLoginId: loginIdOf('组织员'), password: sharedPassword }
}
