import { t } from '../i18n/messages'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

// Names every plain object answers to: Payload finds a collection as `payload.collections[slug]`, so
// `/api/__proto__` or `/api/constructor` found one of these instead of nothing and failed with a 500.
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype))

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Wraps a Payload REST route handler so that a collection or global slug naming an inherited object
 * property is answered 404 `request.noSuchRoute`, as any other missing route, before Payload looks it up.
 */
export function refuseInheritedSlug<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const segments = new URL(request.url).pathname.split('/').slice(2)
    const slug = segments[0] === 'globals' ? segments[1] : segments[0]
    if (slug === undefined || !inheritedNames.has(decoded(slug))) return handler(request, context)
    const code = 'request.noSuchRoute'
    return Response.json({ errors: [{ message: t(code), data: { code } }] }, { status: 404, headers: { 'cache-control': 'no-store' } })
  }
}
