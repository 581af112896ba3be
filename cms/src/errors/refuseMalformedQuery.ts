import type { MessageCode } from '../i18n/messages'
import { errorResponse } from './errorResponse'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

// Payload reads these as numbers only when the query string holds one number for each: given twice
// (`limit=1&limit=2`, a list) or with brackets (`limit[a]=1`, an object) they reach the database as
// they are, a 500 on every collection and global, Payload's internal ones too.
const numberParams = ['limit', 'page', 'depth'] as const
const integer = /^-?\d{1,15}$/
// And these it parses as JSON when given as plain text, outside its error handling (`where={` was a 500).
const jsonParams = ['where', 'data'] as const

function problemOf(search: URLSearchParams): MessageCode | null {
  const keys = [...search.keys()]
  for (const name of numberParams) {
    const given = keys.filter((key) => key === name || key.startsWith(`${name}[`))
    if (given.length === 0) continue
    const value = search.get(name)
    if (given.length > 1 || value === null || (value !== '' && !integer.test(value))) return 'query.invalidNumber'
  }
  for (const name of jsonParams) {
    const value = search.get(name)
    if (value && !parsesAsJson(value)) return 'query.invalid'
  }
  return null
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Wraps a Payload REST route handler: `limit`, `page` and `depth` given more than once, with
 * brackets or as anything but a whole number are answered 400 `query.invalidNumber`, and a `where`
 * or `data` given as text that is no JSON 400 `query.invalid`, before Payload reads the query.
 */
export function refuseMalformedQuery<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const problem = problemOf(new URL(request.url).searchParams)
    if (!problem) return handler(request, context)
    return errorResponse(problem, 400)
  }
}
