import http from 'node:http'
import { t } from '../i18n/messages'
import { cmsMetrics } from '../metrics/registry'
import { answerSearchRequest } from './answerSearchRequest'
import { SearchIndexNotReady } from './indexWithin'
import type { Reader } from './Reader'
import type { SearchIndex } from './SearchIndex'

const searchDuration = cmsMetrics.searchDuration.labels('search')
const suggestDuration = cmsMetrics.searchDuration.labels('suggest')

/** What the search server needs: the index, and who a request's session cookie belongs to. */
export interface SearchServerOptions {
  index: () => Promise<SearchIndex>
  readerOf: (headers: Headers) => Promise<Reader>
  /** Whether `/readyz` says ready (the search process: it follows every change); default: always. */
  ready?: () => boolean
  logError: (error: unknown) => void
}

/**
 * A bare Node HTTP server for `/api/search*`: Next.js and Payload's request setup cost more than the
 * search itself (see docs/architecture.md, “Processes and ports”), so the front proxy sends these paths here. Also answers
 * `/healthz` (the process serves), `/readyz` (200 once `ready`, else 503) and `/internal/metrics` (its
 * search metrics, as prom-client JSON).
 */
export function createSearchServer(options: SearchServerOptions): http.Server {
  return http.createServer(async (request, response) => {
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' }
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end(JSON.stringify({ errors: [{ message: 'Method Not Allowed' }] }))
        return
      }
      if (request.url === '/healthz') {
        response.writeHead(200, headers).end(JSON.stringify({ status: 'ok' }))
        return
      }
      if (request.url === '/readyz') {
        const ready = options.ready?.() ?? true
        response.writeHead(ready ? 200 : 503, headers).end(JSON.stringify({ status: ready ? 'ready' : 'starting' }))
        return
      }
      if (request.url === '/internal/metrics') {
        // The CMS's metrics server reads these over loopback, labelled as this process's (the front proxy and nginx route only /api/search* here).
        const families = (await cmsMetrics.registry.getMetricsAsJSON())
          .filter((family) => family.name.startsWith('xuexi_search_'))
          .map((family) => ({
            ...family,
            values: family.values.map((value) => ({ ...value, labels: { ...value.labels, process: 'search' } })),
          }))
        response.writeHead(200, headers).end(JSON.stringify(families))
        return
      }
      const stopTimer = (request.url?.startsWith('/api/search/suggest') ? suggestDuration : searchDuration).startTimer()
      const url = new URL(request.url ?? '/', 'http://search.invalid')
      const requestHeaders = new Headers()
      if (request.headers.cookie) requestHeaders.set('cookie', request.headers.cookie)
      if (request.headers.authorization) requestHeaders.set('authorization', request.headers.authorization)
      const [reader, index] = await Promise.all([options.readerOf(requestHeaders), options.index()])
      const answer = answerSearchRequest(url.pathname, url.searchParams, reader, index)
      response.writeHead(answer.status, headers).end(answer.body)
      stopTimer()
    } catch (error) {
      if (error instanceof SearchIndexNotReady) {
        const code = 'search.indexLoading'
        const message = t(code, { seconds: error.retryAfterSeconds })
        response
          .writeHead(503, { ...headers, 'retry-after': String(error.retryAfterSeconds) })
          .end(JSON.stringify({ errors: [{ message, data: { code } }] }))
        return
      }
      options.logError(error)
      response.writeHead(500, headers).end(JSON.stringify({ errors: [{ message: 'Internal Server Error' }] }))
    }
  })
}
