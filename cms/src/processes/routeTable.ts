import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import type { bodyLimits } from '../limits/bodyLimits'

/** The apps that serve paths on the one public origin. */
export const upstreams = ['cms', 'site', 'search', 'tracking', 'metrics'] as const

/** Which app serves a path on the one public origin. */
export type Upstream = (typeof upstreams)[number]

/** How a route matches a request's path, as an nginx `location` does: the path itself, every path starting with it, or a regular expression. */
export type RouteMatch = { kind: 'exact'; path: string } | { kind: 'prefix'; path: string } | { kind: 'regex'; pattern: string }

/** One line of the public origin's route table. */
export interface Route {
  match: RouteMatch
  upstream: Upstream
  /**
   * What nginx needs beyond the upstream, which can only limit bodies per location: the largest body the CMS takes
   * there (`bodyLimits`; the CMS and the launcher's front proxy check the exact limit per request, `bodyLimitFor`),
   * and whether it streams the body on instead of buffering it first.
   */
  body?: { limit: Exclude<keyof typeof bodyLimits, 'other'>; streamed?: true }
}

/** Where every path no other route matches goes: the portal. */
export const everythingElse: Route = { match: { kind: 'prefix', path: '/' }, upstream: 'site' }

/**
 * The public origin's routes, read by the launcher's front proxy (`scripts/launcher/routeFor.ts`) and rendered into
 * nginx's `location` lines (`renderNginxLocations`, checked against docs/deploy.md). Matched as nginx matches, so order
 * matters only among regular expressions; it follows the document's.
 */
export const routeTable: readonly Route[] = [
  // Search (the search process).
  { match: { kind: 'exact', path: publicPaths.search }, upstream: 'search' },
  { match: { kind: 'prefix', path: `${publicPaths.search}/` }, upstream: 'search' },
  // Study tracking: heartbeats, opening a visit, the daily-quiz card (the CMS process's tracking server).
  { match: { kind: 'exact', path: publicPaths.readingEvents }, upstream: 'tracking' },
  { match: { kind: 'prefix', path: publicPaths.studyVisit }, upstream: 'tracking' },
  { match: { kind: 'exact', path: publicPaths.dailyCard }, upstream: 'tracking' },
  // A contest's attempts: start, paper, answers, hand-in (2,000 members start within seconds; issue 18).
  { match: { kind: 'regex', pattern: '^/api/contests/[0-9]+/attempts(/[0-9]+(/answers|/submission)?)?$' }, upstream: 'tracking' },
  // Prometheus metrics (the CMS process's metrics server).
  { match: { kind: 'exact', path: publicPaths.metrics }, upstream: 'metrics' },
  // Payload's admin, REST/GraphQL API and Next.js's assets and development overlay; uploads stream to the CMS,
  // which refuses visitors and members before it reads the file.
  { match: { kind: 'prefix', path: '/api/media' }, upstream: 'cms', body: { limit: 'upload', streamed: true } },
  { match: { kind: 'exact', path: '/admin' }, upstream: 'cms', body: { limit: 'form' } },
  { match: { kind: 'prefix', path: '/admin/' }, upstream: 'cms', body: { limit: 'form' } },
  { match: { kind: 'prefix', path: '/api/' }, upstream: 'cms', body: { limit: 'form' } },
  { match: { kind: 'exact', path: '/api' }, upstream: 'cms' },
  { match: { kind: 'prefix', path: '/_next/' }, upstream: 'cms' },
  { match: { kind: 'prefix', path: '/__nextjs' }, upstream: 'cms' },
  everythingElse,
]

/**
 * The settings that connect a side server (an upstream other than the CMS's Next.js and the portal): the launcher
 * gives its port in `port` to the process that serves it, and, where the portal asks the server directly on
 * loopback, its address in `portalUrl` to the portal.
 */
export const sideServerSettings = {
  search: { port: 'PORTAL_SEARCH_PORT', portalUrl: 'CMS_SEARCH_URL' },
  tracking: { port: 'PORTAL_TRACKING_PORT', portalUrl: 'CMS_TRACKING_URL' },
  metrics: { port: 'PORTAL_METRICS_PORT' },
} as const satisfies Record<Exclude<Upstream, 'cms' | 'site'>, { port: string; portalUrl?: string }>
