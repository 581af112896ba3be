/** Every route group the portal process counts requests by (`xuexi_http_requests_total{process="portal"}`). */
export const portalRouteGroups = [
  'page/home',
  'page/article',
  'page/list',
  'page/search',
  'page/campaign',
  'page/member',
  'page/organize',
  'feed',
  'static',
  'health',
  'internal',
  'other',
] as const

/** One of the portal's route groups. */
export type PortalRouteGroup = (typeof portalRouteGroups)[number]

const itemSections = new Set(['articles', 'policies', 'lectures', 'videos', 'announcements'])
const memberPages = new Set(['me', 'login', 'logout', 'forgot-password', 'reset-password', 'restricted'])

/**
 * The route group of a request target on the portal, from its first path segments only (never the raw
 * URL, so the label set stays fixed): an item page (`/articles/<slug>`, and policies, lectures, videos,
 * announcements) is `page/article`; section indexes and topics are `page/list`.
 */
export function portalRouteGroup(target: string): PortalRouteGroup {
  const pathname = target.split('?', 1)[0] ?? '/'
  if (pathname === '/') return 'page/home'
  const [, first = '', second, third] = pathname.split('/', 4)
  if (first === '_astro' || (/\.\w+$/.test(pathname) && !pathname.endsWith('.xml'))) return 'static'
  if (first === 'feeds' || pathname === '/sitemap.xml') return 'feed'
  if (itemSections.has(first)) return second && third === undefined ? 'page/article' : second ? 'other' : 'page/list'
  if (first === 'topics') return 'page/list'
  if (first === 'search') return 'page/search'
  if (first === 'campaigns') return 'page/campaign'
  if (first === 'organize') return 'page/organize'
  if (memberPages.has(first)) return 'page/member'
  if (first === 'healthz') return 'health'
  if (first === 'internal') return 'internal'
  return 'other'
}
