import http from 'node:http'
import { maxTrackingBodyBytes } from './parseTrackingBody'
import { readRequestBody } from './readRequestBody'
import type { TrackingAnswer } from './refusalAnswer'

/** The path the tracking server answers (the front proxy and nginx send only this path here). */
export const trackingPath = '/api/reading-events'

/** What the tracking server needs: how to answer a heartbeat request, and where errors go. */
export interface TrackingServerOptions {
  /** Answers a POST to `trackingPath` from its headers and (lazily read) body. */
  answer: (request: { headers: Headers; text: () => Promise<string> }) => Promise<TrackingAnswer>
  logError: (error: unknown) => void
}

/**
 * A bare Node HTTP server for `POST /api/reading-events`: Next.js routing and Payload's request setup
 * cost more than recording a batch does (see docs/architecture.md, “Study tracking”), so the front
 * proxy sends heartbeats here.
 */
export function createTrackingServer(options: TrackingServerOptions): http.Server {
  return http.createServer(async (request, response) => {
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
    try {
      const pathname = (request.url ?? '/').split('?', 1)[0]
      if (pathname !== trackingPath) {
        response.writeHead(404, headers).end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
        return
      }
      if (request.method !== 'POST') {
        response.writeHead(405, { ...headers, allow: 'POST' }).end(JSON.stringify({ errors: [{ message: 'Method Not Allowed' }] }))
        return
      }
      const requestHeaders = new Headers()
      for (const name of ['cookie', 'authorization', 'content-type', 'content-length'] as const) {
        const value = request.headers[name]
        if (value) requestHeaders.set(name, value)
      }
      const answer = await options.answer({ headers: requestHeaders, text: () => readRequestBody(request, maxTrackingBodyBytes) })
      response.writeHead(answer.status, headers).end(answer.body)
    } catch (error) {
      options.logError(error)
      response.writeHead(500, headers).end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
    }
  })
}
