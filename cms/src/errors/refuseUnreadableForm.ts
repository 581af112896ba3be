import type { AfterErrorHook } from 'payload'
import { t } from '../i18n/messages'

// What Payload's multipart parser (busboy) throws for a body it cannot read, and what Payload throws
// for a Content-Type that parser refuses. Media uploads are too large to check before Payload reads
// them (`guardRequestBody` checks smaller forms first), so a cut-short upload ended here as a 500.
const unreadableFormMessages = new Set([
  'Malformed content type',
  'Malformed part header',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  'Request is not eligible for file upload',
])

/** Root `afterError` hook: a multipart body Payload could not parse is answered 400 `limits.unreadableForm`. */
export const refuseUnreadableForm: AfterErrorHook = ({ error }) => {
  if (!(error instanceof Error) || !unreadableFormMessages.has(error.message)) return
  return { status: 400, response: { errors: [{ message: t('limits.unreadableForm'), data: { code: 'limits.unreadableForm' } }] } }
}
