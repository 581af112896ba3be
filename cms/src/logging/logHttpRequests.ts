import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { oncePerProcess } from '@xuexi/contract/metrics/oncePerProcess'
import { logLine } from './logLine'

// Built assets are files, not requests worth a line each.
const assetPath = /^\/(?:_next\/(?:static|image)\/|favicon\.ico$)/

/**
 * Logs every request an HTTP server of the CMS process receives (Next.js/Payload, search, tracking,
 * metrics) with the id the front proxy (the launcher's, or nginx) gave it (X-Request-Id), so one
 * reader's request can be followed from the proxy through the portal to here. It listens on Node's
 * `http.server.request.start` diagnostics channel: a Next.js proxy (middleware) would buffer every
 * request body before the route could refuse it. Subscribes once per process.
 */
export function logHttpRequests(): void {
  oncePerProcess('logHttpRequests', () =>
    subscribe('http.server.request.start', (message) => {
      const { request } = message as { request: IncomingMessage }
      const path = (request.url ?? '/').split('?', 1)[0] ?? '/'
      if (assetPath.test(path)) return
      const id = request.headers['x-request-id']
      logLine({ level: 'info', msg: `${request.method} ${path}`, requestId: typeof id === 'string' ? id : undefined })
    }),
  )
}
