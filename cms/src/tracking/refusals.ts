import { APIError, formatErrors, type PayloadRequest } from 'payload'
import { cmsError } from '../errors/cmsError'
import type { MessageCode } from '../i18n/messages'
import type { SideServerAnswer } from '../processes/sideServer'

/** Why a heartbeat batch is refused: a message code, its placeholders and the HTTP status. */
export interface TrackingRejection {
  code: MessageCode
  status: number
  values?: Record<string, string | number>
}

/** Thrown inside the recording transaction to roll it back when a heartbeat is not credible. */
export class TrackingRejected extends Error {
  constructor(readonly rejection: TrackingRejection) {
    super(rejection.code)
    this.name = 'TrackingRejected'
  }
}

/**
 * Keeps a deliberate refusal (an APIError with its own status) as it is, and turns anything else —
 * the database being away, above all — into a logged 503 that tells the tracker to keep the batch and retry.
 */
export function unavailableUnlessRejected(req: PayloadRequest, error: unknown): APIError {
  if (error instanceof APIError) return error
  req.payload.logger.error({ err: error }, 'study tracking: could not record')
  return cmsError('tracking.unavailable', 503)
}

/** A deliberate refusal answered as Payload's REST API answers it: `{ errors: [{ name, message, data: { code } }] }`. */
export function refusalAnswer(error: APIError): SideServerAnswer {
  return { status: error.status, body: JSON.stringify(formatErrors(error)) }
}
