import http from 'node:http'
import type { Socket } from 'node:net'
import { createProxyServer } from 'http-proxy-3'
import type { Logger } from './createLogger'
import { routeFor, type Upstream } from './routeFor'

const unavailablePage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>服务暂不可用 · 学习园地</title>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.7">
<h1>服务暂不可用</h1><p>学习园地正在启动或重启，请稍候片刻后刷新页面。</p></body></html>`

const servedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const longestTarget = 8 * 1024

function isDecodablePath(target: string): boolean {
  try {
    decodeURIComponent(target.split('?')[0] ?? '')
    return true
  } catch {
    return false
  }
}

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
      res.writeHead(502, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' })
      res.end(unavailablePage)
    } else {
      res?.destroy()
    }
  })
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
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
    if (!isDecodablePath(req.url ?? '/')) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('请求地址的百分号编码不正确（Bad Request），请检查地址后重试')
      return
    }
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
