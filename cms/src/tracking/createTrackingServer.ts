import type http from 'node:http'
import { createSideServer, methodNotAllowed, notFound, pathnameOf, type SideServerAnswer } from '../processes/sideServer'
import { maxTrackingBodyBytes, readRequestBody } from './trackingBody'

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
  answer: (request: TrackingRequest) => Promise<SideServerAnswer>
}

/** What the tracking server needs: its routes, and where errors go. */
export interface TrackingServerOptions {
  routes: TrackingRoute[]
  logError: (error: unknown) => void
}

/**
 * The tracking server (`createSideServer`) for the member's study requests (heartbeats, opening a visit) and the
 * portal's session confirmation: each request goes to the route that serves its path and method.
 */
export function createTrackingServer(options: TrackingServerOptions): http.Server {
  return createSideServer({
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    answer: async (request) => {
      const pathname = pathnameOf(request)
      const routes = options.routes.filter((route) => route.serves(pathname))
      const route = routes.find((candidate) => candidate.method === request.method)
      if (!route) return routes.length > 0 ? methodNotAllowed(routes.map((candidate) => candidate.method).join(', ')) : notFound
      const requestHeaders = new Headers()
      // Origin and Sec-Fetch-Site too: Payload's cookie check (its `csrf` list) reads them, as on its REST path.
      for (const name of ['cookie', 'authorization', 'content-type', 'content-length', 'origin', 'sec-fetch-site'] as const) {
        const value = request.headers[name]
        if (value) requestHeaders.set(name, value)
      }
      return route.answer({ pathname, headers: requestHeaders, text: () => readRequestBody(request, maxTrackingBodyBytes) })
    },
    failed: (error) => {
      options.logError(error)
      return { status: 500, body: JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }) }
    },
  })
}
