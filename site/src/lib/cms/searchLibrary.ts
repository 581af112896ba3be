import type { SearchResponse } from '../../../../cms/src/search/searchLibrary'
import { env } from '../../env'
import { CmsError } from './CmsError'

/** The answer to a search: results, or the CMS's message when the query was refused (400). */
export type SearchOutcome = { ok: true; response: SearchResponse } | { ok: false; message: string }

/**
 * Asks the CMS's search server, passing the reader's session cookie along: unlike pages, search
 * results depend on who asks, so they are neither anonymous nor cached.
 */
export async function searchLibrary(query: URLSearchParams, cookie: string | null): Promise<SearchOutcome> {
  const url = `${env.CMS_SEARCH_URL ?? env.CMS_URL}/api/search?${query.toString()}`
  let response: Response
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
      headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
    })
  } catch (error) {
    throw new CmsError('CMS_UNREACHABLE', 503, `CMS 搜索无法连接（${url}）：${error instanceof Error ? error.message : String(error)}`)
  }
  if (response.status === 400) {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> }
    return { ok: false, message: body.errors?.[0]?.message ?? '' }
  }
  if (!response.ok) throw new CmsError('CMS_BAD_RESPONSE', 502, `CMS 搜索返回 HTTP ${response.status}（${url}）`)
  return { ok: true, response: (await response.json()) as SearchResponse }
}
