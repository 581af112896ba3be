import { type DocumentNode, Kind, parse } from 'graphql'
import { z } from 'zod'
import { hasFragmentCycle } from '../limits/hasFragmentCycle'
import { errorResponse } from './errorResponse'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

// A GraphQL-over-HTTP request: a JSON object with the query text, optional variables and operation name.
const graphQLRequest = z.object({
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: z.record(z.string(), z.unknown()).nullish(),
})

// A query that does not parse has no fragments; GraphQL itself answers its syntax error.
function parsedQuery(query: string): DocumentNode {
  try {
    return parse(query)
  } catch {
    return { kind: Kind.DOCUMENT, definitions: [] }
  }
}

/**
 * Wraps Payload's GraphQL route (inside `guardRequestBody`, which refuses unreadable JSON): a body that
 * is not JSON, or not a GraphQL request (an empty one too), is refused here (415 `graphql.jsonOnly`, 400
 * `graphql.invalidRequest`), and so is a fragment
 * that spreads itself (400 `graphql.fragmentCycle`), on which Payload's complexity rule overflows the stack. Payload parses the
 * body outside its error handling, so an unreadable one was an empty 500.
 */
export function refuseUnreadableGraphQL<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
    if (mediaType !== 'application/json') return errorResponse('graphql.jsonOnly', 415)
    // `guardRequestBody` (around this) has already refused JSON that does not parse as an object; an
    // empty body is all that is left, and it is no GraphQL request either.
    const text = await request.text()
    const parsed = graphQLRequest.safeParse(text === '' ? undefined : JSON.parse(text))
    if (!parsed.success) return errorResponse('graphql.invalidRequest', 400)
    if (hasFragmentCycle(parsedQuery(parsed.data.query))) return errorResponse('graphql.fragmentCycle', 400)
    // Payload's parser reads the Content-Type's media type only; graphql-http refuses other charsets.
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    return handler(new Request(request.url, { method: request.method, headers, body: text, signal: request.signal }), context)
  }
}
