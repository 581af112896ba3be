import { env } from '../../env'
import { requestCms } from './requestCms'

/** A CMS answer to a write: its status and parsed JSON body (empty object when it has none). */
export interface CmsReply {
  status: number
  body: Record<string, unknown>
}

/** POSTs JSON to the CMS, optionally on behalf of a session; throws only when the CMS cannot be reached. */
export async function postCms(path: string, payload: unknown, token: string | null = null): Promise<CmsReply> {
  const response = await requestCms(`${env.CMS_URL}${path}`, { method: 'POST', body: payload, token })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { status: response.status, body }
}
