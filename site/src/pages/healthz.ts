import type { APIRoute } from 'astro'
import { env } from '../env'

/** The portal is healthy when it runs and its CMS answers its own health check. */
export const GET: APIRoute = async () => {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
  try {
    const response = await fetch(`${env.CMS_URL}/api/health`, { signal: AbortSignal.timeout(3000) })
    if (response.ok) return new Response(JSON.stringify({ status: 'ok', cms: 'ok' }), { status: 200, headers })
    const body = JSON.stringify({ status: 'error', code: 'CMS_UNHEALTHY', message: `CMS 健康检查返回 HTTP ${response.status}` })
    return new Response(body, { status: 503, headers })
  } catch {
    const body = JSON.stringify({ status: 'error', code: 'CMS_UNREACHABLE', message: 'CMS 无法连接' })
    return new Response(body, { status: 503, headers })
  }
}
