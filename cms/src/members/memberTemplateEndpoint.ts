import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { t } from '../i18n/messages'
import { memberTemplate } from './memberTemplate'

/** `GET /api/users/import-template` (admins): an Excel sheet with the expected columns and two example rows. */
export const memberTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, ['admin'])) return Response.json({ code: 'members.adminOnly', message: t('members.adminOnly') }, { status: 403 })
    return new Response(new Uint8Array(await memberTemplate()), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('成员导入模板.xlsx')}`,
      },
    })
  },
}
