import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { oncePerProcess } from './oncePerProcess'
import type { HttpMetrics } from './processRegistry'

interface ServerMessage {
  request: IncomingMessage
  response: ServerResponse
}

/**
 * Counts and times every request any HTTP server of this process answers (Next.js or Astro, and the
 * CMS's bare search, tracking and metrics servers), through Node's `http.server.*` diagnostics
 * channels: no server needs wrapping, and the time covers the whole response. Subscribes once per
 * process; `groupOf` maps a request target to one of the registry's route groups.
 */
export function measureHttpRequests(http: HttpMetrics, groupOf: (target: string) => string): void {
  oncePerProcess('measureHttpRequests', () => subscribeToServers(http, groupOf))
}

function subscribeToServers(http: HttpMetrics, groupOf: (target: string) => string): void {
  const startedAt = new WeakMap<ServerResponse, number>()
  subscribe('http.server.request.start', (message) => {
    startedAt.set((message as ServerMessage).response, performance.now())
  })
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as ServerMessage
    const started = startedAt.get(response)
    if (started === undefined) return
    const children = http.of(groupOf(request.url ?? '/'))
    children.duration.observe((performance.now() - started) / 1000)
    children.byStatusClass[Math.min(Math.max(Math.floor(response.statusCode / 100), 1), 5) - 1]?.inc()
  })
}
