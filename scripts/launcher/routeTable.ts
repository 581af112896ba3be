import type { bodyLimits } from '../../cms/src/limits/bodyLimits'

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
 * The public origin's routes, read by the launcher's front proxy (`routeFor`) and rendered into nginx's `location`
 * lines (`renderNginxLocations`, checked against docs/deploy.md). Matched as nginx matches (`routeFor`), so order
 * matters only among regular expressions; it follows the document's.
 */
export const routeTable: readonly Route[] = [
  // Search (the search process).
  { match: { kind: 'exact', path: '/api/search' }, upstream: 'search' },
  { match: { kind: 'prefix', path: '/api/search/' }, upstream: 'search' },
  // Study tracking: heartbeats, opening a visit, the daily-quiz card (the CMS process's tracking server).
  { match: { kind: 'exact', path: '/api/reading-events' }, upstream: 'tracking' },
  { match: { kind: 'prefix', path: '/api/study/visit/' }, upstream: 'tracking' },
  { match: { kind: 'exact', path: '/api/study/daily-card' }, upstream: 'tracking' },
  // A contest's attempts: start, paper, answers, hand-in (2,000 members start within seconds; issue 18).
  { match: { kind: 'regex', pattern: '^/api/contests/[0-9]+/attempts(/[0-9]+(/answers|/submission)?)?$' }, upstream: 'tracking' },
  // Prometheus metrics (the CMS process's metrics server).
  { match: { kind: 'exact', path: '/metrics' }, upstream: 'metrics' },
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
