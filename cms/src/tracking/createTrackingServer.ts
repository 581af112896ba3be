import http from 'node:http'
import { maxTrackingBodyBytes } from './parseTrackingBody'
import { readRequestBody } from './readRequestBody'
import type { TrackingAnswer } from './refusalAnswer'

/** The heartbeat path (the front proxy and nginx send it here). */
export const trackingPath = '/api/reading-events'

/** One request to the tracking server: its path, the headers it may use, and its (lazily read) body. */
export interface TrackingRequest {
  pathname: string
  headers: Headers
  text: () => Promise<string>
}

/** A path the tracking server answers, with its one method. */
export interface TrackingRoute {
  method: 'GET' | 'POST' | 'PUT'
  serves: (pathname: string) => boolean
  answer: (request: TrackingRequest) => Promise<TrackingAnswer>
}

/** What the tracking server needs: its routes, and where errors go. */
export interface TrackingServerOptions {
  routes: TrackingRoute[]
  logError: (error: unknown) => void
}

/**
 * A bare Node HTTP server for the member's study requests (heartbeats, opening a visit) and the portal's
 * session confirmation: Next.js routing and Payload's request setup cost more than the work itself (see
 * docs/architecture.md, “Processes and ports”), so the front proxy sends those paths here.
 */
export function createTrackingServer(options: TrackingServerOptions): http.Server {
  return http.createServer(async (request, response) => {
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
    try {
      const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/'
      const routes = options.routes.filter((route) => route.serves(pathname))
      const route = routes.find((candidate) => candidate.method === request.method)
      if (!route) {
        const allow = routes.map((candidate) => candidate.method).join(', ')
        if (allow) response.writeHead(405, { ...headers, allow }).end(JSON.stringify({ errors: [{ message: 'Method Not Allowed' }] }))
        else response.writeHead(404, headers).end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
        return
      }
      const requestHeaders = new Headers()
      // Origin and Sec-Fetch-Site too: Payload's cookie check (its `csrf` list) reads them, as on its REST path.
      for (const name of ['cookie', 'authorization', 'content-type', 'content-length', 'origin', 'sec-fetch-site'] as const) {
        const value = request.headers[name]
        if (value) requestHeaders.set(name, value)
      }
      const answer = await route.answer({ pathname, headers: requestHeaders, text: () => readRequestBody(request, maxTrackingBodyBytes) })
      response.writeHead(answer.status, headers).end(answer.body)
    } catch (error) {
      options.logError(error)
      response.writeHead(500, headers).end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
    }
  })
}
