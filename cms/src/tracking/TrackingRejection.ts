import type { MessageCode } from '../i18n/messages'

/** Why a heartbeat batch is refused: a message code, its placeholders and the HTTP status. */
export interface TrackingRejection {
  code: MessageCode
  status: number
  values?: Record<string, string | number>
}
