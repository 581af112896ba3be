import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import { env } from '../../env'
import { ownReaderToken } from '../session/readerContext'
import { CmsError } from './CmsError'
import { requestCms } from './requestCms'

/** The answer to a search: results, or the CMS's message when the query was refused (400). */
export type SearchOutcome = { ok: true; response: SearchResponse } | { ok: false; message: string }

/**
 * Asks the CMS's search server on behalf of the reader the page renders for: unlike pages, search
 * results depend on who asks, so they are never cached.
 */
export async function searchLibrary(query: URLSearchParams): Promise<SearchOutcome> {
  const url = `${env.CMS_SEARCH_URL ?? env.CMS_URL}${publicPaths.search}?${query.toString()}`
  const response = await requestCms(url, { token: ownReaderToken() })
  if (response.status === 400) {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> }
    return { ok: false, message: body.errors?.[0]?.message ?? '' }
  }
  if (!response.ok) throw CmsError.fromResponse(response, url, 'CMS 搜索')
  return { ok: true, response: (await response.json()) as SearchResponse }
}
