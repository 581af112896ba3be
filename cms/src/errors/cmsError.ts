import { APIError } from 'payload'
import { type MessageCode, t } from '../i18n/messages'

/**
 * An error for API callers and the admin: the Chinese message for `code`, the HTTP status, and the
 * stable code in `data` (Payload only passes the message through when the error carries data).
 */
export function cmsError(code: MessageCode, status: number, values: Record<string, string | number> = {}): APIError {
  return new APIError(t(code, values), status, { code }, true)
}
