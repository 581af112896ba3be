import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import type { z } from 'zod'
import { type MessageCode, t } from '../i18n/messages'
import { notFound, type SideServerAnswer } from '../processes/sideServer'
import { type Reader, visibilityClass } from './Reader'
import type { SearchIndex } from './SearchIndex'
import { searchLibrary } from './searchLibrary'
import { maxQueryLength, searchParamsSchema, suggestParamsSchema } from './searchParams'
import { suggestTitles } from './suggestTitles'

function invalid(error: z.ZodError, query: URLSearchParams): SideServerAnswer {
  const onQuery = error.issues.some((issue) => issue.path[0] === 'q')
  const code: MessageCode = !onQuery
    ? 'search.invalidParams'
    : (query.get('q') ?? '').trim().length > maxQueryLength
      ? 'search.queryTooLong'
      : 'search.queryEmpty'
  const problems = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；')
  return { status: 400, body: JSON.stringify({ errors: [{ message: t(code, { max: maxQueryLength, problems }), data: { code } }] }) }
}

/**
 * Parses `/api/search` and `/api/search/suggest` query strings and answers them for `reader`; 404 for
 * anything else. Answers are kept per request and visibility class until the index next changes, so
 * a popular query, or one query paged and filtered, is searched and serialized once.
 */
export function answerSearchRequest(pathname: string, query: URLSearchParams, reader: Reader, index: SearchIndex): SideServerAnswer {
  const input = Object.fromEntries(query)
  if (pathname === publicPaths.search) {
    const parsed = searchParamsSchema.safeParse(input)
    if (!parsed.success) return invalid(parsed.error, query)
    const key = JSON.stringify([pathname, visibilityClass(reader), parsed.data])
    return { status: 200, body: index.answers.get(key, () => JSON.stringify(searchLibrary({ index, reader, params: parsed.data }))) }
  }
  if (pathname === publicPaths.searchSuggest) {
    const parsed = suggestParamsSchema.safeParse(input)
    if (!parsed.success) return invalid(parsed.error, query)
    const key = JSON.stringify([pathname, visibilityClass(reader), parsed.data])
    const suggest = () => JSON.stringify({ suggestions: suggestTitles({ index, reader, params: parsed.data }) })
    return { status: 200, body: index.answers.get(key, suggest) }
  }
  return notFound
}
