import type { Endpoint, SanitizedConfig } from 'payload'
import { errorResponse } from './errorResponse'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

// Paths without parameters (`/api/questions/import`, `/api/users/me`) and the methods they take.
function fixedPaths(config: SanitizedConfig): Map<string, Set<string>> {
  const paths = new Map<string, Set<string>>()
  const add = (base: string, endpoints: Endpoint[] | false | undefined) => {
    for (const endpoint of endpoints || []) {
      if (/[:*{(]/.test(endpoint.path)) continue
      const path = `${base}${endpoint.path}`.replace(/\/+$/, '')
      paths.set(path, (paths.get(path) ?? new Set()).add(endpoint.method.toUpperCase()))
    }
  }
  add(config.routes.api, config.endpoints)
  for (const collection of config.collections) add(`${config.routes.api}/${collection.slug}`, collection.endpoints)
  for (const global of config.globals) add(`${config.routes.api}/globals/${global.slug}`, global.endpoints)
  return paths
}

// Next.js answers HEAD with the GET handler; Payload's admin sends long reads as a POST that says it is a GET.
function effectiveMethod(request: Request): string {
  if (request.method === 'HEAD') return 'GET'
  const override = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  return request.method === 'POST' && override === 'GET' ? 'GET' : request.method
}

/**
 * Wraps a Payload REST route handler: a method a fixed endpoint path does not take is answered 405
 * `request.methodNotAllowed` with the methods it does take. Payload instead tried the path as a
 * document id (`PATCH /api/questions/import` updated the question "import"), and read the body for
 * it first, which for forms it cannot parse was a 500.
 */
export function refuseUnsupportedMethod<Context>(built: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  const paths = built.then(fixedPaths)
  return async (request, context) => {
    const methods = (await paths).get(new URL(request.url).pathname.replace(/\/+$/, ''))
    if (!methods || methods.has(effectiveMethod(request))) return handler(request, context)
    const allow = [...methods, 'OPTIONS'].join(', ')
    return errorResponse('request.methodNotAllowed', 405, { headers: { allow } })
  }
}
