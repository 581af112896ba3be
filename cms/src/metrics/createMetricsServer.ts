import http from 'node:http'
import { t } from '../i18n/messages'
import type { MetricsRequest } from './metricsAccess'

/** What the metrics server needs: who may read, what to answer, and where errors go. */
export interface MetricsServerOptions {
  mayRead: (request: MetricsRequest) => Promise<boolean>
  render: () => Promise<{ contentType: string; body: string }>
  logError: (error: unknown) => void
}

/** The path the metrics server answers (the front proxy and nginx send only this path here). */
export const metricsPath = '/metrics'

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

/**
 * A bare Node HTTP server for `GET /metrics` (Prometheus text format). Anyone not allowed gets 403
 * `metrics.forbidden`, not 404: the address is documented, and the code tells an operator setting up
 * a scraper what to change (scrape from the server itself, or send an administrator's token).
 */
export function createMetricsServer(options: MetricsServerOptions): http.Server {
  return http.createServer(async (request, response) => {
    try {
      if ((request.url ?? '/').split('?', 1)[0] !== metricsPath) {
        response.writeHead(404, jsonHeaders).end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
        return
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...jsonHeaders, allow: 'GET, HEAD' }).end(JSON.stringify({ errors: [{ message: 'Method Not Allowed' }] }))
        return
      }
      const allowed = await options.mayRead({
        peerAddress: request.socket.remoteAddress,
        forwardedFor: [request.headers['x-forwarded-for'] ?? []].flat().join(', ') || undefined,
        authorization: request.headers.authorization,
      })
      if (!allowed) {
        const code = 'metrics.forbidden'
        response.writeHead(403, jsonHeaders).end(JSON.stringify({ errors: [{ message: t(code), data: { code } }] }))
        return
      }
      const { contentType, body } = await options.render()
      response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body)
    } catch (error) {
      options.logError(error)
      response.writeHead(500, jsonHeaders).end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
    }
  })
}
