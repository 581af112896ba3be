import { env } from '../../env'
import { CmsError } from './CmsError'

/** A CMS answer to a write: its status and parsed JSON body (empty object when it has none). */
export interface CmsReply {
  status: number
  body: Record<string, unknown>
}

/** POSTs JSON to the CMS, optionally on behalf of a session; throws only when the CMS cannot be reached. */
export async function postCms(path: string, payload: unknown, token: string | null = null): Promise<CmsReply> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  let response: Response
  try {
    response = await fetch(`${env.CMS_URL}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    })
  } catch (error) {
    throw new CmsError('CMS_UNREACHABLE', 503, `CMS 无法连接（${path}）：${error instanceof Error ? error.message : String(error)}`)
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { status: response.status, body }
}
