import { t } from '../../i18n/t'
import { publicOrigin } from '../publicOrigin'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']

/**
 * Whether a request is a form submission from another site. Astro's own check compares the Origin
 * with the URL the portal sees, which behind a TLS proxy is plain http, so every genuine form would
 * be refused; this one accepts the public origin (PORTAL_PUBLIC_URL) and the request's own. Like
 * Astro's, it lets other content types through: a browser sends them cross-site only after a CORS
 * preflight, which the portal never grants.
 */
export function isCrossSiteForm(request: Request, requestUrl: URL): boolean {
  if (safeMethods.has(request.method)) return false
  const origin = request.headers.get('origin')
  if (origin === publicOrigin(requestUrl) || origin === requestUrl.origin) return false
  const contentType = request.headers.get('content-type')?.toLowerCase()
  return contentType === undefined || formTypes.some((type) => contentType.includes(type))
}

/** The answer to a refused cross-site form: 403 with the stable code CROSS_SITE_FORM. */
export function crossSiteFormRefused(): Response {
  return new Response(t('security.crossSiteForm'), {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-error-code': 'CROSS_SITE_FORM' },
  })
}
