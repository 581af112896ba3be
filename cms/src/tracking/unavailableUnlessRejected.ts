import { APIError, type PayloadRequest } from 'payload'
import { cmsError } from '../errors/cmsError'

/**
 * Keeps a deliberate refusal (an APIError with its own status) as it is, and turns anything else —
 * the database being away, above all — into a logged 503 that tells the tracker to keep the batch and retry.
 */
export function unavailableUnlessRejected(req: PayloadRequest, error: unknown): APIError {
  if (error instanceof APIError) return error
  req.payload.logger.error({ err: error }, 'study tracking: could not record')
  return cmsError('tracking.unavailable', 503)
}
