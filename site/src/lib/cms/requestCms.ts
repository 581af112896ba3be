import { readerClassHeader } from '@xuexi/contract/auth/readerClassCredential'
import { env } from '../../env'
import { CmsError } from './CmsError'

/** Whom a CMS request is made for: a reader's session, or a visibility class (`readerClass`); neither: anonymously. */
export interface CmsCredentials {
  token?: string | null
  readerClass?: string
}

// Statuses whose responses cannot carry a body (the Response constructor refuses one).
const bodilessStatuses = new Set([101, 204, 205, 304])

/**
 * Sends one request to the CMS with the portal's timeout, as JSON, on behalf of a session when a
 * token is given (or of a visibility class), and for the reader's address chain when one is given (see `forwardedFor`). A CMS
 * that cannot be reached becomes a CmsError (503); any answer is returned. The body is read here,
 * under the same timeout: a CMS that dies or stalls mid-answer (killed, or slow just after a
 * restart) is unreachable too, not an error page.
 */
export async function requestCms(
  url: string,
  options: CmsCredentials & { method?: string; body?: unknown; forwardedFor?: string | null } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.readerClass) headers[readerClassHeader] = options.readerClass
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    })
    const body = bodilessStatuses.has(response.status) ? null : await response.arrayBuffer()
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  } catch (error) {
    throw new CmsError('CMS_UNREACHABLE', 503, `CMS 无法连接（${url}）：${error instanceof Error ? error.message : String(error)}`)
  }
}
