import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'
import { t } from '../i18n/messages'

/** Reports whether the CMS can reach its database: 200 when it can, 503 when it cannot. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      const databaseMs = Math.round(performance.now() - started)
      return Response.json({ status: 'ok', message: t('health.ok'), database: { status: 'ok', latencyMs: databaseMs } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health check: database unreachable')
      return Response.json(
        { status: 'error', code: 'DATABASE_UNREACHABLE', message: t('health.databaseDown'), database: { status: 'error' } },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
  },
}
