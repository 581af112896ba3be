/** Which app serves a path on the one public origin. */
export type Upstream = 'cms' | 'site' | 'search' | 'tracking' | 'metrics'

const cmsPrefixes = ['/admin', '/api', '/_next']
const trackingPaths = new Set(['/api/reading-events', '/api/study/daily-card'])
// A contest's attempts: start, read, answer, hand in (2,000 members start within seconds; issue 18).
const contestAttempt = /^\/api\/contests\/\d+\/attempts(\/\d+(\/answers|\/submission)?)?$/

/**
 * `/api/search*` goes to the CMS's search server, `/api/reading-events`, `/api/study/visit/…`, `/api/study/daily-card` and
 * a contest's attempts (`/api/contests/:id/attempts…`) to its tracking server, `/metrics` to its metrics server;
 * `/admin`, `/api` and Next's own paths (assets, dev overlay) to the CMS; everything else to the portal.
 */
export function routeFor(url: string): Upstream {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/'
  if (pathname === '/api/search' || pathname.startsWith('/api/search/')) return 'search'
  if (trackingPaths.has(pathname) || pathname.startsWith('/api/study/visit/') || contestAttempt.test(pathname)) return 'tracking'
  if (pathname === '/metrics') return 'metrics'
  const isCms = pathname.startsWith('/__nextjs') || cmsPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  return isCms ? 'cms' : 'site'
}
