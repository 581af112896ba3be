import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Upstream, upstreams } from '../../cms/src/processes/routeTable'
import { documentedNginxBlock, locationLines, nginxMainContext, runNginx } from '../../tests/support/nginxFront'
import { quietLogger } from '../../tests/support/quietLogger'
import { freePort } from './freePort'
import { nginxUpstream, renderNginxLocations } from './nginxLocations'
import { routeFor } from './routeFor'

// Look-alikes and edges of every route: nginx picks a location by its own rules (exact, then regular expressions
// in order, then the longest prefix; a slash-ended prefix asked for without its slash is redirected to it), and the
// launcher must pick the same app for each. fetch follows the redirects: what counts is the app that answers.
const samplePaths = [
  '/',
  '/articles/study-notes',
  '/administration-guide',
  '/apiary',
  '/_astro/index.css',
  '/_next',
  '/_next/',
  '/admin',
  '/admin/',
  '/admin/collections/articles?limit=10',
  '/api',
  '/api/articles?where[_status][equals]=published',
  '/api/media',
  '/api/media/',
  '/api/media/file/poster.jpg',
  '/api/mediakit',
  '/_next/static/chunks/main.js',
  '/__nextjs_original-stack-frames',
  '/api/search?q=dj',
  '/api/search/',
  '/api/search/suggest?q=dj',
  '/api/searches',
  '/api/reading-events',
  '/api/reading-events/other',
  '/api/study/visit',
  '/api/study/visit/articles/12',
  '/api/study/visitors',
  '/api/study/daily-card',
  '/api/study/summary',
  '/api/contests/7',
  '/api/contests/7/attempts',
  '/api/contests/7/attempts/1',
  '/api/contests/7/attempts/1/answers',
  '/api/contests/7/attempts/1/submission?again=1',
  '/api/contests/7/attempts/1/other',
  '/api/contests/x/attempts',
  '/metrics',
  '/metrics/other',
  '/metricsx',
]

/** One server per app that answers every request with the app's name. */
async function namedApps(): Promise<{ urls: Record<Upstream, string>; close: () => Promise<void> }> {
  const servers = await Promise.all(
    upstreams.map(async (upstream) => {
      const server = http.createServer((_req, res) => res.end(upstream))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      return [upstream, server] as const
    }),
  )
  return {
    urls: Object.fromEntries(
      servers.map(([upstream, server]) => [upstream, `127.0.0.1:${(server.address() as AddressInfo).port}`]),
    ) as Record<Upstream, string>,
    close: async () => {
      for (const [, server] of servers) await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe('nginx locations', () => {
  it('docs/deploy.md’s nginx block routes every path as the launcher does (its location lines are the route table’s)', async () => {
    expect(locationLines(await documentedNginxBlock())).toEqual(renderNginxLocations())
  })

  it('gives uploads the largest upload’s limit, unbuffered, and admin forms and the API 16 MB', () => {
    const locations = renderNginxLocations()
    expect(locations).toContain(
      'location /api/media { client_max_body_size 1024m; proxy_request_buffering off; proxy_pass http://portal_cms; }',
    )
    expect(locations).toContain('location /admin/ { client_max_body_size 16m; proxy_pass http://portal_cms; }')
    expect(locations).toContain('location /api/ { client_max_body_size 16m; proxy_pass http://portal_cms; }')
  })

  it('makes nginx send every path to the app the launcher’s routeFor picks', async () => {
    const apps = await namedApps()
    const dir = await mkdtemp(path.join(tmpdir(), 'nginx-locations-'))
    const port = await freePort()
    const server = [
      ...upstreams.map((upstream) => `upstream ${nginxUpstream(upstream)} { server ${apps.urls[upstream]}; }`),
      `server {\n  listen 127.0.0.1:${port};`,
      ...renderNginxLocations(),
      '}',
    ].join('\n')
    const url = `http://127.0.0.1:${port}`
    const nginx = await runNginx({ prefix: dir, config: nginxMainContext(server, dir), url, log: quietLogger() })
    try {
      const served = await Promise.all(samplePaths.map(async (pathname) => [pathname, await (await fetch(`${url}${pathname}`)).text()]))
      expect(Object.fromEntries(served)).toEqual(Object.fromEntries(samplePaths.map((pathname) => [pathname, routeFor(pathname)])))
    } finally {
      await nginx.stop()
      await apps.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
