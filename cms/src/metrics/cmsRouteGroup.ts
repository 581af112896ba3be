import { publicPaths } from '@xuexi/contract/routes/publicPaths'

/** Every route group the CMS process counts requests by (`xuexi_http_requests_total{process="cms"}`). */
export const cmsRouteGroups = [
  'admin',
  'api/account',
  'api/content',
  'api/study',
  'health',
  'metrics',
  'search',
  'static',
  'tracking',
  'other',
] as const

/** One of the CMS's route groups. */
export type CmsRouteGroup = (typeof cmsRouteGroups)[number]

const prefixes: Array<[prefix: string, group: CmsRouteGroup]> = [
  [publicPaths.search, 'search'],
  [publicPaths.readingEvents, 'tracking'],
  ['/api/health', 'health'],
  ['/api/study/', 'api/study'],
  ['/api/favorites', 'api/study'],
  ['/api/users', 'api/account'],
  ['/api/media/file/', 'static'],
  ['/api', 'api/content'],
  ['/admin', 'admin'],
  ['/_next/', 'static'],
  [publicPaths.metrics, 'metrics'],
]

/** The route group of a request target on the CMS (its pathname's prefix; never the raw URL, so the label set stays fixed). */
export function cmsRouteGroup(target: string): CmsRouteGroup {
  for (const [prefix, group] of prefixes) {
    if (target.startsWith(prefix)) {
      const next = target.charAt(prefix.length)
      if (prefix.endsWith('/') || next === '' || next === '/' || next === '?') return group
    }
  }
  return 'other'
}
