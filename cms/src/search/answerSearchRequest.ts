import type { z } from 'zod'
import { type MessageCode, t } from '../i18n/messages'
import type { Reader } from './Reader'
import type { SearchIndex } from './SearchIndex'
import { searchLibrary } from './searchLibrary'
import { maxQueryLength, searchParamsSchema, suggestParamsSchema } from './searchParams'
import { suggestTitles } from './suggestTitles'

/** An HTTP answer, whatever serves it. */
export interface SearchAnswer {
  status: number
  body: unknown
}

function invalid(error: z.ZodError, query: URLSearchParams): SearchAnswer {
  const onQuery = error.issues.some((issue) => issue.path[0] === 'q')
  const code: MessageCode = !onQuery
    ? 'search.invalidParams'
    : (query.get('q') ?? '').trim().length > maxQueryLength
      ? 'search.queryTooLong'
      : 'search.queryEmpty'
  const problems = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；')
  return { status: 400, body: { errors: [{ message: t(code, { max: maxQueryLength, problems }), data: { code } }] } }
}

/** Parses `/api/search` and `/api/search/suggest` query strings and answers them for `reader`; 404 for anything else. */
export function answerSearchRequest(pathname: string, query: URLSearchParams, reader: Reader, index: SearchIndex): SearchAnswer {
  const input = Object.fromEntries(query)
  if (pathname === '/api/search') {
    const parsed = searchParamsSchema.safeParse(input)
    return parsed.success ? { status: 200, body: searchLibrary({ index, reader, params: parsed.data }) } : invalid(parsed.error, query)
  }
  if (pathname === '/api/search/suggest') {
    const parsed = suggestParamsSchema.safeParse(input)
    return parsed.success
      ? { status: 200, body: { suggestions: suggestTitles({ index, reader, params: parsed.data }) } }
      : invalid(parsed.error, query)
  }
  return { status: 404, body: { errors: [{ message: 'Not Found' }] } }
}
