import { formatErrors } from 'payload'
import type { MessageCode } from '../i18n/messages'
import { cmsError } from './cmsError'

/**
 * An error answer for API callers in Payload's shape (`{ errors: [{ message, data: { code } }] }`) from a
 * route wrapper, before or instead of Payload: the Chinese message and stable code, never cached.
 */
export function errorResponse(
  code: MessageCode,
  status: number,
  options: { values?: Record<string, string | number>; headers?: Record<string, string> } = {},
): Response {
  return Response.json(formatErrors(cmsError(code, status, options.values)), {
    status,
    headers: { 'cache-control': 'no-store', ...options.headers },
  })
}
