import { timingSafeEqual } from 'node:crypto'
import type { APIRoute } from 'astro'
import { env } from '../../env'
import { clearCmsCache } from '../../lib/cms/cmsCache'
import { clearPageCache } from '../../lib/pageCache'

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })

/** Called by the CMS after content changes: drops cached CMS data and pages so the next request shows the change. */
export const POST: APIRoute = ({ request }) => {
  if (!env.REVALIDATE_SECRET) return json(404, { code: 'REVALIDATION_DISABLED', message: '未启用内容刷新通知' })
  const given = Buffer.from(request.headers.get('x-revalidate-secret') ?? '')
  const expected = Buffer.from(env.REVALIDATE_SECRET)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return json(401, { code: 'REVALIDATE_UNAUTHORIZED', message: '刷新通知的密钥不正确' })
  }
  clearCmsCache()
  clearPageCache()
  return json(200, { status: 'ok' })
}
