import { readdir } from 'node:fs/promises'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import send from 'send'
import type { PageLane } from '../src/lib/PageLane.ts'

// The portal process: `node site/server/portalServer.ts` (Node runs TypeScript by stripping its types),
// after `astro build`. One HTTP server on HOST:PORT in front of the Astro build (the node adapter in
// middleware mode), which
// - serves the build's client files (`/_astro/*` hashed and kept for a year, `/favicon.svg`, `/share.png`)
//   with `send`, looking only at files the build wrote, so no other request costs a file-system check;
// - answers a page from the page caches when Astro has put a fresh copy there, for anonymous readers and
//   plain members (`answerKeptPage`: the caches live in the build, and the middleware hands this server its reader);
// - hands everything else to Astro.

type AstroHandler = (request: IncomingMessage, response: ServerResponse, next: undefined, locals: { pageLane: PageLane }) => Promise<void>

const siteDir = path.resolve(import.meta.dirname, '..')
const clientDir = path.join(siteDir, 'dist/client')
const yearMs = 365 * 24 * 3600 * 1000

const { handler } = (await import(pathToFileURL(path.join(siteDir, 'dist/server/entry.mjs')).href)) as { handler: AstroHandler }
const clientFiles = new Set(
  (await readdir(clientDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(clientDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
)
const pageLane: PageLane = {}

const server = http.createServer((request, response) => {
  const target = request.url ?? '/'
  if (!isDecodable(target)) {
    response.writeHead(400).end('Bad request.')
    return
  }
  const pathname = target.split('?', 1)[0] ?? '/'
  if ((request.method === 'GET' || request.method === 'HEAD') && clientFiles.has(pathname)) {
    const hashed = pathname.startsWith('/_astro/')
    send(request, pathname, { root: clientDir, ...(hashed ? { maxAge: yearMs, immutable: true } : {}) }).pipe(response)
    return
  }
  void answerPage(request, response)
})

async function answerPage(request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    if (await pageLane.answer?.(request, response)) return
  } catch (error) {
    // Astro answers instead (it logs and answers its own failures); a half-sent answer cannot be mended.
    console.error(`门户缓存页面发送失败：${request.url}`, error)
    if (response.headersSent) return void response.destroy()
  }
  await handler(request, response, undefined, { pageLane })
}
server.listen(Number(process.env.PORT ?? 4321), process.env.HOST ?? 'localhost', () => {
  console.log(`门户已在 http://${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? 4321} 上监听`)
})

// As Astro's standalone server: a target that cannot be percent-decoded is refused before any routing.
function isDecodable(target: string): boolean {
  try {
    decodeURI(target)
    return true
  } catch {
    return false
  }
}
