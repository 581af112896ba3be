import type http from 'node:http'
import { Pool } from 'undici'
import { upstreamHeaderLimit } from './upstreamAgent'

/** The longest an upstream connection stays open unused, when the app announces no shorter keep-alive. */
export const idleUpstreamMs = 60_000
/** How long before an app's announced keep-alive ends the proxy stops reusing the connection. */
export const keepAliveBufferMs = 2_500

/**
 * Headers that describe one connection rather than the request or answer (RFC 9110 §7.6.1): each hop
 * sets its own. `expect` is answered by the front proxy's own server.
 */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect'])

/**
 * The front proxy's connections to the apps for requests without a body (pages, files, reads: nearly all
 * of them): one undici pool per app, kept alive. undici (Node's own HTTP client, behind `fetch`) does half
 * the work of `http.request` and http-proxy-3 per request, which was most of what a proxied page cost. It
 * sends a request's headers only with its body's first bytes, so requests with a body go through
 * http-proxy-3, which sends them at once (the app refuses an upload before the client sends any of it).
 * Both close an idle connection `keepAliveBufferMs` before the app's announced `Keep-Alive: timeout=5`.
 */
export class AppConnections {
  private readonly pools = new Map<string, Pool>()

  /** Sends `req` (without a body) to the app at `target` and its answer to `res`; rejects when no answer could be passed on. */
  async forward(req: http.IncomingMessage, res: http.ServerResponse, target: string): Promise<void> {
    await this.poolFor(target).stream(
      { path: req.url ?? '/', method: req.method as 'GET', headers: forwardedHeaders(req), body: null },
      ({ statusCode, headers }) => {
        res.writeHead(statusCode, answerHeaders(headers))
        return res
      },
    )
  }

  close(): Promise<void> {
    return Promise.all([...this.pools.values()].map((pool) => pool.destroy())).then(() => undefined)
  }

  private poolFor(target: string): Pool {
    let pool = this.pools.get(target)
    if (!pool) {
      pool = new Pool(target, {
        connections: 256,
        maxHeaderSize: upstreamHeaderLimit,
        keepAliveTimeout: idleUpstreamMs,
        keepAliveMaxTimeout: idleUpstreamMs,
        keepAliveTimeoutThreshold: keepAliveBufferMs,
        // The apps may take long over an export or an import; the proxy waits as long as the client does.
        headersTimeout: 0,
        bodyTimeout: 0,
      })
      this.pools.set(target, pool)
    }
    return pool
  }
}

/** Whether a request carries a body (which makes it unsafe to send twice). */
export function hasBody(req: http.IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
}

/** The request's headers as the app sees them: without this hop's, with `X-Forwarded-*` appended. */
function forwardedHeaders(req: http.IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  const named = connectionNamed(req.headers.connection)
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !hopByHop.has(name) && !named.has(name)) headers[name] = value
  }
  const host = req.headers.host ?? ''
  const forwarded = { for: req.socket.remoteAddress ?? '', port: /:(\d+)$/.exec(host)?.[1] ?? '80', proto: 'http' }
  for (const [key, value] of Object.entries(forwarded)) {
    const name = `x-forwarded-${key}`
    const before = req.headers[name]
    headers[name] = before ? `${before},${value}` : value
  }
  headers['x-forwarded-host'] = req.headers['x-forwarded-host'] ?? host
  return headers
}

/** The app's answer headers for the client: its own but this hop's, keeping a `Connection: close` it asked for. */
function answerHeaders(headers: Record<string, string | string[] | undefined>): http.OutgoingHttpHeaders {
  const passed: http.OutgoingHttpHeaders = {}
  const named = connectionNamed(headers.connection)
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hopByHop.has(name) && !named.has(name)) passed[name] = value
  }
  if (named.has('close')) passed.connection = 'close'
  return passed
}

/** The header names a `Connection` header lists (hop-by-hop too), lower-cased. */
function connectionNamed(value: string | string[] | undefined): Set<string> {
  const list = Array.isArray(value) ? value.join(',') : (value ?? '')
  return new Set(
    list
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  )
}
