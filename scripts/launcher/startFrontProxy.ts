import http from 'node:http'
import type { Socket } from 'node:net'
import { createProxyServer } from 'http-proxy-3'
import { answerUnavailable } from './answerUnavailable'
import type { Logger } from './createLogger'
import { routeFor, type Upstream } from './routeFor'

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
}): Promise<FrontProxy> {
  // Keep upstream connections open: opening one per request costs more than the page itself.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const proxy = createProxyServer({ xfwd: true, ws: true, agent })
  proxy.on('error', (error, req, res) => {
    options.log.warn(`转发 ${req.url ?? ''} 失败：${error.message}`)
    if (res instanceof http.ServerResponse && !res.headersSent) {
      answerUnavailable(req.url ?? '/', res)
    } else {
      res?.destroy()
    }
  })
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    // App-to-app endpoints (the CMS notifying the portal) are not for the public origin.
    if (req.url?.startsWith('/internal/')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found')
      return
    }
    proxy.web(req, res, { target: options.upstreams[routeFor(req.url ?? '/')] })
  })
  server.on('upgrade', (req, socket, head) => {
    proxy.ws(req, socket as Socket, head, { target: options.upstreams[routeFor(req.url ?? '/')] })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`端口 ${options.port} 已被占用：请关闭占用它的程序，或设置 PORT=其他端口`) : error),
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
