import { APIError, type PayloadRequest } from 'payload'
import { cmsError } from '../errors/cmsError'
import { messages } from '../i18n/messages'
import { cmsMetrics } from '../metrics/registry'
import type { SideServerAnswer } from '../processes/sideServer'
import { heartbeatLimits, readingEventBatchSchema } from './readingEventBatch'
import { recordMemberHeartbeats } from './recordReadingEvents'
import { refusalAnswer, unavailableUnlessRejected } from './refusals'
import { requireMember } from './signedInUser'
import { parseTrackingBody } from './trackingBody'

/**
 * `POST /api/reading-events`: a signed-in member's batch of heartbeats (see docs/architecture.md, “Study
 * tracking”). `req` carries the request's headers, body and authenticated user. Refusals answer a 4xx
 * with a stable code; a failure to record answers 503 so the tracker retries.
 */
export async function answerHeartbeatRequest(req: PayloadRequest): Promise<SideServerAnswer> {
  // Nothing is credited after the batch arrived: the clock is read before anything else.
  const arrivedAt = new Date()
  try {
    const memberId = await requireMember(req)
    const batch = await parseTrackingBody(req, readingEventBatchSchema, {
      maxEvents: heartbeatLimits.maxBatchEvents,
      maxSeconds: heartbeatLimits.maxActiveSeconds,
    })
    if (batch.memberId !== undefined && batch.memberId !== memberId) throw cmsError('tracking.otherMember', 403)
    const result = await recordMemberHeartbeats(req, batch.events, arrivedAt).catch((error: unknown) => {
      throw unavailableUnlessRejected(req, error)
    })
    cmsMetrics.heartbeatBatches.labels('accepted', 'none').inc()
    cmsMetrics.heartbeatsAccepted.inc(batch.events.length)
    return { status: 200, body: JSON.stringify(result) }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    cmsMetrics.heartbeatBatches.labels('refused', refusalCode(error)).inc()
    return refusalAnswer(error)
  }
}

// The stable code of a refusal (a message code, so the label set is bounded); Payload's own errors carry none.
function refusalCode(error: APIError): string {
  const code = (error.data as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && code in messages ? code : 'other'
}
