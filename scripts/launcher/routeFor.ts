/** Which app serves a path on the one public origin. */
export type Upstream = 'cms' | 'site'

const cmsPrefixes = ['/admin', '/api', '/_next']

/** `/admin`, `/api` and Next's own paths (assets, dev overlay) go to the CMS; everything else to the portal. */
export function routeFor(url: string): Upstream {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/'
  const isCms = pathname.startsWith('/__nextjs') || cmsPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  return isCms ? 'cms' : 'site'
}
