import http from 'node:http'
import type { Socket } from 'node:net'
import { Readable } from 'node:stream'
import { createProxyServer } from 'http-proxy-3'
import type { Upstream } from '../../cms/src/processes/routeTable'
import { isDecodablePath } from '../../cms/src/utilities/isDecodablePath'
import { answerUnavailable } from './answerUnavailable'
import type { Logger } from './createLogger'
import { limitRequestBody, wasRefused } from './limitRequestBody'
import { requestIdFor, requestIdTrust } from './requestId'
import { routeFor } from './routeFor'
import { portInUse, StartFailure } from './startFailure'
import { UpstreamAgent } from './upstreamAgent'

/** The longest an upstream connection stays open unused, when the app announces no shorter keep-alive. */
const idleUpstreamMs = 60_000
/** How long before an app's announced keep-alive ends the proxy stops reusing the connection. */
const keepAliveBufferMs = 2_500
const servedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const longestTarget = 8 * 1024
/** The public origin: one HTTP server that routes each request to the CMS or the portal. */
export interface FrontProxy {
  port: number
  close: () => Promise<void>
}

/** Listens on `port` and forwards requests (and WebSocket upgrades) to the right app. */
export async function startFrontProxy(options: {
  port: number
  host?: string
  upstreams: Record<Upstream, string>
  log: Logger
  /** PORTAL_TRUSTED_PROXIES: whose X-Request-Id is kept (default loopback). */
  trustedProxies?: string
}): Promise<FrontProxy> {
  const trusted = requestIdTrust(options.trustedProxies)
  // Keep upstream connections open: opening one per request costs more than the page itself. With a
  // timeout set, Node's agent closes an idle connection `keepAliveBufferMs` before the app's announced
  // `Keep-Alive: timeout=5`, so a request is never sent on a connection the app is closing: one with a
  // body cannot be sent again, and lost that race as a 503 (`npm run fuzz` found it under load, when
  // both processes' timers run late).
  const agent = new UpstreamAgent({
    keepAlive: true,
    maxSockets: 256,
    timeout: idleUpstreamMs,
    agentKeepAliveTimeoutBuffer: keepAliveBufferMs,
  })
  const proxy = createProxyServer({ xfwd: true, ws: true, agent })
  // The request forwarded upstream for each incoming one, so a body cut at the limit aborts it too.
  const upstreamRequests = new WeakMap<http.IncomingMessage, http.ClientRequest>()
  proxy.on('proxyReq', (proxyReq, req) => {
    upstreamRequests.set(req, proxyReq)
    // Node sends a request's headers with its first body chunk; sent at once, the app can refuse a body
    // (413, 401/403 for uploads) before any of it arrives.
    if (hasBody(req)) proxyReq.flushHeaders()
  })
  // Requests already sent once more after the app closed a kept-alive connection under them.
  const retried = new WeakSet<http.IncomingMessage>()
  proxy.on('error', (error, req, res) => {
    if (res instanceof http.ServerResponse && wasRefused(res)) return
    // An app closes an idle kept-alive connection just as the proxy reuses it (a race that grows with
    // load): a request without a body is safe to send again, once, on a fresh connection (nginx does the
    // same for idempotent requests: proxy_next_upstream error).
    if (res instanceof http.ServerResponse && !res.headersSent && !hasBody(req) && isConnectionLost(error) && !retried.has(req)) {
      retried.add(req)
      proxy.web(req, res, { target: options.upstreams[routeFor(req.url ?? '/')], buffer: Readable.from([]) })
      return
    }
    options.log.warn(`转发 ${req.url ?? ''} 失败：${error.message}`)
    if (res instanceof http.ServerResponse && !res.headersSent) {
      answerUnavailable(req.url ?? '/', res)
    } else {
      res?.destroy()
    }
  })
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    // Both apps log it with the request; a reader quoting it in a complaint points at those lines.
    const requestId = requestIdFor(req, trusted)
    req.headers['x-request-id'] = requestId
    res.setHeader('x-request-id', requestId)
    // Methods neither app serves: Next.js and Astro answer TRACE (which their Fetch API cannot even
    // represent) and unknown ones such as PROPFIND with a 500.
    if (!servedMethods.has(req.method ?? '')) {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' }).end('不支持此请求方法（Method Not Allowed）')
      return
    }
    // nginx's default limit (large_client_header_buffers 8k): longer targets come back in redirect
    // headers larger than the proxy accepts from the apps.
    if ((req.url?.length ?? 0) > longestTarget) {
      res.writeHead(414, { 'content-type': 'text/plain; charset=utf-8' }).end('请求地址过长（URI Too Long），请缩短查询条件后重试')
      return
    }
    // Next.js answers a path it cannot percent-decode (`%`, `%C0%AE`, an encoded lone surrogate) with a 500.
    if (!isDecodablePath((req.url ?? '/').split('?')[0] ?? '/')) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('请求地址的百分号编码不正确（Bad Request），请检查地址后重试')
      return
    }
    const body = limitRequestBody(req, res, () => upstreamRequests.get(req)?.destroy())
    if (body.kind === 'refused') return
    const target = options.upstreams[routeFor(req.url ?? '/')]
    proxy.web(req, res, body.kind === 'counted' ? { target, buffer: body.body } : { target })
  })
  server.on('upgrade', (req, socket, head) => {
    req.headers['x-request-id'] = requestIdFor(req, trusted)
    proxy.ws(req, socket as Socket, head, { target: options.upstreams[routeFor(req.url ?? '/')] })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new StartFailure('port-in-use', portInUse(options.port), { cause: error }) : error),
    )
    server.listen(options.port, options.host, resolve)
  })
  const address = server.address()
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
        agent.destroy()
      }),
  }
}

function isConnectionLost(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ECONNRESET' || code === 'EPIPE'
}

function hasBody(req: http.IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
}
