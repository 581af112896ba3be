import { env } from '../../env'
import { requestCms } from './requestCms'

/** A CMS answer to a write: its status, parsed JSON body (empty object when it has none) and Retry-After seconds (0 when none). */
export interface CmsReply {
  status: number
  body: Record<string, unknown>
  retryAfter: number
}

/** POSTs JSON to the CMS, optionally on behalf of a session and for a reader's address chain; throws only when the CMS cannot be reached. */
export async function postCms(
  path: string,
  payload: unknown,
  options: { token?: string | null; forwardedFor?: string | null } = {},
): Promise<CmsReply> {
  const response = await requestCms(`${env.CMS_URL}${path}`, { method: 'POST', body: payload, ...options })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10)
  return { status: response.status, body, retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 0 }
}
