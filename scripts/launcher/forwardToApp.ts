import type http from 'node:http'
import type { Duplex } from 'node:stream'
import { PassThrough, type Readable } from 'node:stream'
import { buildConnector, Pool } from 'undici'

/**
 * The most header bytes the proxy reads from an app's answer. Next.js answers a path it normalizes
 * (`/api/users/.`, a trailing slash) with a 308 whose `Location` and `Refresh` headers both carry the
 * whole target re-encoded, up to three times as long as sent: 2 × 3 × 8 KB (the longest target) plus
 * the rest. Node's default of 16 KB made such a redirect a 503 (`npm run fuzz`); browsers accept 256 KB.
 */
const upstreamHeaderLimit = 64 * 1024
/** The longest an upstream connection stays open unused, when the app announces no shorter keep-alive. */
const idleUpstreamMs = 60_000
/** How long before an app's announced keep-alive ends the proxy stops reusing the connection. */
const keepAliveBufferMs = 2_500

/**
 * Headers that describe one connection rather than the request or answer (RFC 9110 §7.6.1): each hop
 * sets its own. `expect` is answered by the front proxy's own server.
 */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect'])

/** Where and how one request is forwarded. */
export interface Forwarding {
  /** The app's origin, e.g. `http://127.0.0.1:3001`. */
  target: string
  /** The body to send in place of the request itself (a byte counter, or nothing on a second attempt). */
  body?: Readable | null
  /** Aborts the forwarded request (a body cut at its limit). */
  signal?: AbortSignal
}

/**
 * The front proxy's connections to the apps: one undici pool per app, kept alive. undici (Node's own
 * HTTP client, behind `fetch`) parses answers with less work than `http.request`, which is the larger
 * part of what a proxied page costs; it closes an idle connection `keepAliveBufferMs` before the app's
 * announced `Keep-Alive: timeout=5`, so a request is never sent on a connection the app is closing (one
 * with a body cannot be sent again, and lost that race as a 503: `npm run fuzz` found it under load).
 */
export class AppConnections {
  private readonly pools = new Map<string, Pool>()

  /** Sends `req` to the app and its answer to `res`; rejects when no answer could be passed on. */
  async forward(req: http.IncomingMessage, res: http.ServerResponse, forwarding: Forwarding): Promise<void> {
    // undici destroys a body it could not send, and a destroyed request closes the client's connection
    // before an answer (the app's, or 503) can reach it: so it gets the body through a stream of its own.
    const body = forwarding.body !== undefined ? forwarding.body : hasBody(req) ? req.pipe(new PassThrough()) : null
    await this.poolFor(forwarding.target).stream(
      {
        path: req.url ?? '/',
        method: req.method as 'GET',
        headers: forwardedHeaders(req),
        body,
        signal: forwarding.signal,
      },
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
        connect: (connectOptions, callback) =>
          connectPlain(connectOptions, (error, socket) => {
            if (socket) keepReadingWhenWritesFail(socket)
            callback(error as Error, socket as never)
          }),
      })
      this.pools.set(target, pool)
    }
    return pool
  }
}

const connectPlain = buildConnector({})

/**
 * An app may answer before reading a request's body and close the connection (the CMS refuses an
 * upload with 401/413 and `Connection: close`). The proxy, still sending the body, then fails to write
 * (EPIPE, ECONNRESET), often before it has read the answer that arrived first; a failed write ends the
 * connection, so that answer was lost and the client got a 503 (`npm run fuzz`). Here a write the app
 * refused is dropped instead: the rest of the body goes nowhere and the connection is read to its end, so
 * the app's answer still reaches the client. With no answer there, the read side ends in an error all the
 * same (a 503, as before).
 */
function keepReadingWhenWritesFail(socket: Duplex): void {
  let closedByApp = false
  const guard =
    (done: (error?: Error | null) => void) =>
    (error?: Error | null): void => {
      if (error && isClosedByPeer(error)) {
        closedByApp = true
        done()
      } else done(error)
    }
  const write = socket._write.bind(socket)
  socket._write = (chunk, encoding, done) => (closedByApp ? done() : write(chunk, encoding, guard(done)))
  const writev = socket._writev?.bind(socket)
  if (writev) socket._writev = (chunks, done) => (closedByApp ? done() : writev(chunks, guard(done)))
}

function isClosedByPeer(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'EPIPE' || code === 'ECONNRESET'
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
