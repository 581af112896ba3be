import http from 'node:http'
import type { Socket } from 'node:net'
import { createProxyServer } from 'http-proxy-3'
import type { Upstream } from '../../cms/src/processes/routeTable'
import { isDecodablePath } from '../../cms/src/utilities/isDecodablePath'
import { answerUnavailable } from './answerUnavailable'
import type { Logger } from './createLogger'
import { AppConnections, hasBody, idleUpstreamMs, keepAliveBufferMs } from './forwardToApp'
import { limitRequestBody, wasRefused } from './limitRequestBody'
import { requestIdFor, requestIdTrust } from './requestId'
import { routeFor } from './routeFor'
import { portInUse, StartFailure } from './startFailure'
import { UpstreamAgent } from './upstreamAgent'

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
  const apps = new AppConnections()
  // Requests with a body, and WebSocket upgrades (development's hot reload), go through http-proxy-3.
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
    proxyReq.flushHeaders()
  })
  const failed = (req: http.IncomingMessage, res: http.ServerResponse | Socket | undefined, error: Error) => {
    options.log.warn(`转发 ${req.url ?? ''} 失败：${error.message}`)
    if (res instanceof http.ServerResponse && !res.headersSent) answerUnavailable(req.url ?? '/', res)
    else res?.destroy()
  }
  proxy.on('error', (error, req, res) => {
    if (res instanceof http.ServerResponse && wasRefused(res)) return
    failed(req, res, error)
  })
  /** Sends a request without a body; once more when the app closed the kept-alive connection under it. */
  const forward = async (req: http.IncomingMessage, res: http.ServerResponse, target: string, attempt = 1): Promise<void> => {
    try {
      await apps.forward(req, res, target)
    } catch (error) {
      if (res.destroyed) return
      // An app closes an idle kept-alive connection just as the proxy reuses it (a race that grows with
      // load): a request without a body is safe to send again, once, on a fresh connection (nginx does the
      // same for idempotent requests: proxy_next_upstream error).
      if (attempt === 1 && !res.headersSent && isConnectionLost(error)) return forward(req, res, target, 2)
      failed(req, res, error as Error)
    }
  }
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
    const target = options.upstreams[routeFor(req.url ?? '/')]
    if (!hasBody(req)) return void forward(req, res, target)
    const body = limitRequestBody(req, res, () => upstreamRequests.get(req)?.destroy())
    if (body.kind === 'refused') return
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
        void apps.close()
      }),
  }
}

/** Whether the app closed the connection under the request (undici reports it as a socket error). */
function isConnectionLost(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE'
}
