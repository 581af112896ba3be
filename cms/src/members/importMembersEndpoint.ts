import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { t } from '../i18n/messages'
import { SheetError } from '../sheets/SheetError'
import { importMembers } from './importMembers'
import { readMemberSheet } from './readMemberSheet'

/**
 * `POST /api/users/import` (admins; multipart form with `file`: .xlsx or .csv) → a report of every
 * row. A sheet that cannot be read at all is refused with 400 and creates nobody.
 */
export const importMembersEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, ['admin'])) return Response.json({ code: 'members.adminOnly', message: t('members.adminOnly') }, { status: 403 })
    const form = await req.formData?.().catch(() => undefined)
    const file = form?.get('file')
    if (!(file instanceof File) || file.size === 0) {
      return Response.json({ code: 'members.fileMissing', message: t('members.fileMissing') }, { status: 400 })
    }
    try {
      const rows = await readMemberSheet(Buffer.from(await file.arrayBuffer()), file.name)
      return Response.json(await importMembers(req.payload, rows, req))
    } catch (error) {
      if (!(error instanceof SheetError)) throw error
      return Response.json({ code: error.code, message: t(error.code, error.values) }, { status: 400 })
    }
  },
}
