import { env } from '../../env'
import { readerToken } from '../session/readerContext'
import { CmsError } from './CmsError'
import { cachedCmsRead, type SizedRead } from './cmsCache'
import { requestCms } from './requestCms'

/**
 * GETs a CMS REST path, parsed. Anonymous reads (only public, published content comes back) are
 * shared and cached; reads for a signed-in reader carry their session, so the CMS applies their
 * access rules, and are never cached.
 */
export function fetchCms<T>(path: string, query: URLSearchParams): Promise<T> {
  const url = `${env.CMS_URL}${path}?${query.toString()}`
  const token = readerToken()
  return token ? load<T>(url, token).then((read) => read.value) : cachedCmsRead(url, () => load<T>(url, null))
}

async function load<T>(url: string, token: string | null): Promise<SizedRead<T>> {
  const response = await requestCms(url, { token })
  if (!response.ok) throw CmsError.fromResponse(response, url)
  const text = await response.text()
  // Parsed JSON takes roughly what its text takes as a JavaScript string (two bytes a character).
  return { value: JSON.parse(text) as T, bytes: text.length * 2 }
}
