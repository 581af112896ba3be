import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from './createLogger'
import { type FrontProxy, startFrontProxy } from './startFrontProxy'

let app: http.Server | undefined
let front: FrontProxy | undefined

afterEach(async () => {
  await front?.close()
  await new Promise((resolve) => app?.close(resolve))
})

/** An app that drops the connection under the first `drops` requests (as a kept-alive one closing), then answers. */
async function flakyApp(drops: number): Promise<{ url: string; requests: () => number }> {
  let requests = 0
  app = http.createServer((req, res) => {
    requests += 1
    if (requests <= drops) req.socket.destroy()
    else res.end('ok')
  })
  await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(app.address() as AddressInfo).port}`, requests: () => requests }
}

/** Starts the front proxy with every route going to `upstream`; answers its port. */
async function frontFor(upstream: string): Promise<number> {
  const log = { ...createLogger('test'), warn: () => undefined }
  front = await startFrontProxy({
    port: 0,
    host: '127.0.0.1',
    upstreams: { cms: upstream, site: upstream, search: upstream, tracking: upstream, metrics: upstream },
    log,
  })
  return front.port
}

async function through(upstream: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${await frontFor(upstream)}/articles`, init)
}

describe('the front proxy when an app drops the connection', () => {
  it('sends a request without a body once more and answers what the app answers', async () => {
    const app = await flakyApp(1)
    const response = await through(app.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('ok')
    expect(app.requests()).toBe(2)
  })

  it('answers 503 when the second attempt fails too, and never sends a third', async () => {
    const app = await flakyApp(5)
    const response = await through(app.url)
    expect(response.status).toBe(503)
    expect(app.requests()).toBe(2)
  })

  it('does not send a request with a body again', async () => {
    const app = await flakyApp(1)
    const response = await through(app.url, {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(503)
    expect(app.requests()).toBe(1)
  })
})

describe('the front proxy when an app answers before it has read the body', () => {
  /** An app that refuses every request at once with `status` and closes (or resets) the connection without reading the body. */
  async function refusingApp(status: number, close: 'close' | 'reset'): Promise<string> {
    app = http.createServer((req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' })
      res.end(JSON.stringify({ refused: status }), () => (close === 'reset' ? req.socket.resetAndDestroy() : req.socket.destroy()))
    })
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(app.address() as AddressInfo).port}`
  }

  it.each([
    [413, 'close'],
    [400, 'close'],
    [401, 'reset'],
  ] as const)("passes on the app's %i although it did %s the connection while the body was still being sent", async (status, close) => {
    const port = await frontFor(await refusingApp(status, close))
    // A large refused body, as `DELETE /api/media/<huge id>` with a multipart form: far more than the sockets buffer.
    const response = await fetch(`http://127.0.0.1:${port}/api/media/1`, {
      method: 'DELETE',
      body: new Uint8Array(12 * 1024 * 1024),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    })
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({ refused: status })
  })

  it('still answers 503 when the app closes the connection before answering', async () => {
    app = http.createServer((req) => req.socket.destroy())
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const port = await frontFor(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    const response = await fetch(`http://127.0.0.1:${port}/api/media/1`, {
      method: 'DELETE',
      body: new Uint8Array(12 * 1024 * 1024),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    })
    expect(response.status).toBe(503)
  })
})

describe('the front proxy between requests', () => {
  it('sends one request after another over the same kept-alive connection to the app', async () => {
    let connections = 0
    app = http.createServer((_req, res) => res.end('ok'))
    app.on('connection', () => (connections += 1))
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const port = await frontFor(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    for (let request = 0; request < 3; request++) expect(await (await fetch(`http://127.0.0.1:${port}/articles`)).text()).toBe('ok')
    expect(connections).toBe(1)
  })

  it("closes an idle connection to an app before the app's announced keep-alive ends, so no request races its close", async () => {
    // The app itself would keep the connection for a minute, but announces 5 s, as Node's servers do.
    let closedConnections = 0
    app = http.createServer((_req, res) => res.writeHead(200, { 'keep-alive': 'timeout=5' }).end('ok'))
    app.keepAliveTimeout = 60_000
    app.on('connection', (socket) => socket.on('close', () => (closedConnections += 1)))
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const response = await through(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    expect(await response.text()).toBe('ok')
    await expect.poll(() => closedConnections, { timeout: 10_000 }).toBe(1)
  }, 15_000)
})

describe('the front proxy passing answers on', () => {
  it('passes on a redirect whose headers carry a long target twice, as Next.js normalizing a path answers', async () => {
    // 24 KB each, as a 8 KB target of raw bytes re-encoded to %XX comes back in Location and Refresh.
    const target = `/api/users?q=${'%E2%80%AE'.repeat(2_700)}`
    app = http.createServer((_req, res) => res.writeHead(308, { location: target, refresh: `0;url=${target}` }).end())
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const port = await frontFor(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port, path: '/api/users/.', maxHeaderSize: 256 * 1024 }, resolve).on('error', reject),
    )
    answer.resume()
    expect(answer.statusCode).toBe(308)
    expect(answer.headers.location).toBe(target)
  })
})

describe('the front proxy passing requests on', () => {
  it("tells the app whom and which host it answers, and keeps the connection's own headers to itself", async () => {
    let seen: http.IncomingHttpHeaders = {}
    app = http.createServer((req, res) => {
      seen = req.headers
      res.end('ok')
    })
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const port = await frontFor(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    const headers = { connection: 'keep-alive, x-hop', 'x-hop': 'for this connection', 'x-forwarded-for': '203.0.113.9', 'x-kept': 'yes' }
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port, path: '/articles?page=2', headers }, resolve).on('error', reject),
    )
    answer.resume()
    expect(answer.statusCode).toBe(200)
    expect(seen).toMatchObject({
      'x-forwarded-for': '203.0.113.9,127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': `127.0.0.1:${port}`,
      'x-forwarded-port': String(port),
      host: `127.0.0.1:${port}`,
      'x-kept': 'yes',
    })
    expect(seen['x-hop']).toBeUndefined()
  })
  it('sends the headers of a request with a body at once, so the app can refuse it before the client sends any of it', async () => {
    app = http.createServer((_req, res) => res.writeHead(401, { connection: 'close' }).end('refused'))
    await new Promise<void>((resolve) => app?.listen(0, '127.0.0.1', resolve))
    const port = await frontFor(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
    const socket = net.connect(port, '127.0.0.1')
    socket.write(
      'POST /api/media HTTP/1.1\r\nHost: portal\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000\r\n\r\n',
    )
    const answer = await new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString('latin1'))))
    socket.destroy()
    expect(answer.startsWith('HTTP/1.1 401')).toBe(true)
  })
})
