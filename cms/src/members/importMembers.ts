import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'
import { type MessageCode, t } from '../i18n/messages'
import { organizationDirectory } from './organizationDirectory'
import type { MemberSheetRow } from './readMemberSheet'

/** The outcome for one row of a member sheet. */
export interface MemberRowResult {
  row: number
  name: string
  loginId: string
  status: 'created' | 'failed'
  message?: string
  /** Generated when the sheet gave none; shown once in the report for the admin to hand out. */
  password?: string
}

/** What importing a member sheet did, row by row. */
export interface MemberImportReport {
  created: number
  failed: number
  rows: MemberRowResult[]
}

const roleLabels: Record<string, 'member' | 'organizer'> = {
  '': 'member',
  member: 'member',
  党员: 'member',
  学员: 'member',
  '党员/学员': 'member',
  organizer: 'organizer',
  组织员: 'organizer',
  支部书记: 'organizer',
}

const rowSchema = z.object({
  name: z.string({ error: 'members.nameRequired' }).trim().min(1, 'members.nameRequired').max(60, 'members.nameRequired'),
  loginId: z.union([z.email().max(200), z.string().regex(/^[A-Za-z0-9_.-]{4,40}$/)], { error: 'members.loginIdInvalid' }),
  organization: z.string().trim().min(1, 'members.organizationUnknown'),
  role: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .default('')
    .refine((value) => value in roleLabels, 'members.roleInvalid'),
  password: z.string().min(8, 'members.passwordShort').max(200, 'members.passwordShort').optional(),
})

/**
 * Creates one member per sheet row (each in its own transaction, so a bad row never stops or undoes
 * the others) and reports every row: created with a generated password when none was given, or
 * failed with the Chinese reason. With `req`, the rows are created with that user's access (the
 * endpoint passes the admin's request); without it (seeding), access is not checked.
 */
export async function importMembers(payload: Payload, rows: MemberSheetRow[], req?: PayloadRequest): Promise<MemberImportReport> {
  const findOrganization = await organizationDirectory(payload)
  const firstRowOf = new Map<string, number>()
  const results: MemberRowResult[] = []
  for (const { row, cells } of rows) {
    const base = { row, name: cells.name ?? '', loginId: cells.loginId ?? '' }
    const fail = (code: MessageCode, values: Record<string, string | number> = {}) =>
      results.push({ ...base, status: 'failed', message: t(code, values) })
    const parsed = rowSchema.safeParse(cells)
    if (!parsed.success) {
      fail((parsed.error.issues[0]?.message ?? 'members.loginIdInvalid') as MessageCode)
      continue
    }
    const member = parsed.data
    const key = member.loginId.toLowerCase()
    const duplicateOf = firstRowOf.get(key)
    if (duplicateOf !== undefined) {
      fail('members.duplicateInFile', { row: duplicateOf })
      continue
    }
    firstRowOf.set(key, row)
    const organization = findOrganization(member.organization)
    if ('problem' in organization) {
      fail(organization.problem, { path: member.organization })
      continue
    }
    const isEmail = member.loginId.includes('@')
    const login = isEmail ? { email: key } : { username: member.loginId }
    const existing = await payload.count({
      collection: 'users',
      where: isEmail ? { email: { equals: key } } : { username: { equals: member.loginId } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) {
      fail('members.exists', { loginId: member.loginId })
      continue
    }
    const password = member.password ?? randomBytes(9).toString('base64url')
    try {
      await payload.create({
        collection: 'users',
        data: { ...login, name: member.name, role: roleLabels[member.role] ?? 'member', organization: organization.id, password },
        req,
        overrideAccess: !req,
      })
      results.push({ ...base, status: 'created', ...(member.password ? {} : { password }) })
    } catch (error) {
      fail('members.createFailed', { reason: error instanceof Error ? error.message : String(error) })
    }
  }
  const created = results.filter((result) => result.status === 'created').length
  return { created, failed: results.length - created, rows: results }
}
