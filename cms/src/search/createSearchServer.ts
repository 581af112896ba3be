import type http from 'node:http'
import { internalMetricsPath } from '@xuexi/contract/routes/internalMetricsPath'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { t } from '../i18n/messages'
import { cmsMetrics } from '../metrics/registry'
import { createSideServer, methodNotAllowed } from '../processes/sideServer'
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
 * The search process's server (`createSideServer`) for `/api/search*` (the front proxy sends these paths here). Also
 * answers `/healthz` (the process serves), `/readyz` (200 once `ready`, else 503) and `/internal/metrics` (its search
 * metrics, as prom-client JSON).
 */
export function createSearchServer(options: SearchServerOptions): http.Server {
  return createSideServer({
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' },
    answer: async (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD')
      if (request.url === '/healthz') return { status: 200, body: JSON.stringify({ status: 'ok' }) }
      if (request.url === '/readyz') {
        const ready = options.ready?.() ?? true
        return { status: ready ? 200 : 503, body: JSON.stringify({ status: ready ? 'ready' : 'starting' }) }
      }
      if (request.url === internalMetricsPath) {
        // The CMS's metrics server reads these over loopback, labelled as this process's (the front proxy and nginx route only /api/search* here).
        const families = (await cmsMetrics.registry.getMetricsAsJSON())
          .filter((family) => family.name.startsWith('xuexi_search_'))
          .map((family) => ({
            ...family,
            values: family.values.map((value) => ({ ...value, labels: { ...value.labels, process: 'search' } })),
          }))
        return { status: 200, body: JSON.stringify(families) }
      }
      const stopTimer = (request.url?.startsWith(publicPaths.searchSuggest) ? suggestDuration : searchDuration).startTimer()
      const url = new URL(request.url ?? '/', 'http://search.invalid')
      const requestHeaders = new Headers()
      if (request.headers.cookie) requestHeaders.set('cookie', request.headers.cookie)
      if (request.headers.authorization) requestHeaders.set('authorization', request.headers.authorization)
      const [reader, index] = await Promise.all([options.readerOf(requestHeaders), options.index()])
      const answer = answerSearchRequest(url.pathname, url.searchParams, reader, index)
      stopTimer()
      return answer
    },
    failed: (error) => {
      if (error instanceof SearchIndexNotReady) {
        const code = 'search.indexLoading'
        const message = t(code, { seconds: error.retryAfterSeconds })
        return {
          status: 503,
          headers: { 'retry-after': String(error.retryAfterSeconds) },
          body: JSON.stringify({ errors: [{ message, data: { code } }] }),
        }
      }
      options.logError(error)
      return { status: 500, body: JSON.stringify({ errors: [{ message: 'Internal Server Error' }] }) }
    },
  })
}
