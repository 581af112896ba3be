import { t } from '../../i18n/t'

// Portal pages and endpoints answer these; PUT, PATCH and DELETE belong to the CMS's API, and Astro
// answers a page asked with another method by throwing (a 500).
const servedMethods = new Set(['GET', 'HEAD', 'POST'])

/** Whether the portal serves no route with this method. */
export function isUnservedMethod(request: Request): boolean {
  return !servedMethods.has(request.method)
}

/** The answer to a method the portal does not serve: 405 with `Allow` and the stable code METHOD_NOT_ALLOWED. */
export function unservedMethodRefused(): Response {
  return new Response(t('security.methodNotAllowed'), {
    status: 405,
    headers: { allow: [...servedMethods].join(', '), 'content-type': 'text/plain; charset=utf-8', 'x-error-code': 'METHOD_NOT_ALLOWED' },
  })
}
