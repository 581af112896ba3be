import config from '@payload-config'
import { getPayload } from 'payload'
import { errorResponse } from './errorResponse'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const preferencePath = /^\/api\/payload-preferences\/([^/]+)\/?$/

/**
 * Wraps Payload's DELETE route: deleting a preference the signed-in user does not have answers 404
 * `preference.notFound`. Payload's own delete builds a query for that case that PostgreSQL refuses
 * (a join it leaves out), which was a 500 for any key, hostile or not.
 */
export function answerMissingPreference<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const encodedKey = preferencePath.exec(new URL(request.url).pathname)?.[1]
    if (encodedKey === undefined) return handler(request, context)
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: request.headers })
    // Payload answers anonymous callers (401) itself.
    if (!user) return handler(request, context)
    const key = decodeURIComponent(encodedKey)
    const { totalDocs } = key.includes('\u0000')
      ? { totalDocs: 0 }
      : await payload.count({
          collection: 'payload-preferences',
          where: { key: { equals: key }, 'user.value': { equals: user.id }, 'user.relationTo': { equals: user.collection } },
          overrideAccess: true,
        })
    if (totalDocs > 0) return handler(request, context)
    return errorResponse('preference.notFound', 404)
  }
}
