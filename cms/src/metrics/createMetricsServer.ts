import type http from 'node:http'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { t } from '../i18n/messages'
import { createSideServer, methodNotAllowed, notFound, pathnameOf } from '../processes/sideServer'
import type { MetricsRequest } from './metricsAccess'

/** What the metrics server needs: who may read, what to answer, and where errors go. */
export interface MetricsServerOptions {
  mayRead: (request: MetricsRequest) => Promise<boolean>
  render: () => Promise<{ contentType: string; body: string }>
  logError: (error: unknown) => void
}

/**
 * The metrics server (`createSideServer`) for `GET /metrics` (Prometheus text format). Anyone not allowed gets 403
 * `metrics.forbidden`, not 404: the address is documented, and the code tells an operator setting up a scraper what
 * to change (scrape from the server itself, or send an administrator's token).
 */
export function createMetricsServer(options: MetricsServerOptions): http.Server {
  return createSideServer({
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    answer: async (request) => {
      if (pathnameOf(request) !== publicPaths.metrics) return notFound
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD')
      const allowed = await options.mayRead({
        peerAddress: request.socket.remoteAddress,
        forwardedFor: [request.headers['x-forwarded-for'] ?? []].flat().join(', ') || undefined,
        authorization: request.headers.authorization,
      })
      if (!allowed) {
        const code = 'metrics.forbidden'
        return { status: 403, body: JSON.stringify({ errors: [{ message: t(code), data: { code } }] }) }
      }
      const { contentType, body } = await options.render()
      return { status: 200, headers: { 'content-type': contentType }, body }
    },
    failed: (error) => {
      options.logError(error)
      return { status: 500, body: JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }) }
    },
  })
}
