import { env } from '../../env'
import { CmsError } from './CmsError'
import { cachedCmsRead } from './cmsCache'

/** GETs a CMS REST path anonymously (so only public, published content comes back), parsed and cached. */
export function fetchCms<T>(path: string, query: URLSearchParams): Promise<T> {
  const url = `${env.CMS_URL}${path}?${query.toString()}`
  return cachedCmsRead(url, () => load<T>(url))
}

async function load<T>(url: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS), headers: { accept: 'application/json' } })
  } catch (error) {
    throw new CmsError('CMS_UNREACHABLE', 503, `CMS 无法连接（${url}）：${error instanceof Error ? error.message : String(error)}`)
  }
  if (!response.ok) {
    throw new CmsError('CMS_BAD_RESPONSE', 502, `CMS 返回 HTTP ${response.status}（${url}）`)
  }
  return (await response.json()) as T
}
