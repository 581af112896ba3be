import type { Endpoint } from 'payload'
import { cmsError } from '../errors/cmsError'
import { heartbeatLimits } from '../tracking/heartbeatLimits'
import { parseTrackingBody } from '../tracking/parseTrackingBody'
import { readingEventBatchSchema } from '../tracking/readingEventBatch'
import { recordMemberHeartbeats } from '../tracking/recordMemberHeartbeats'
import { requireMember } from '../tracking/requireMember'
import { unavailableUnlessRejected } from '../tracking/unavailableUnlessRejected'

/** `POST /api/reading-events`: a signed-in member's batch of heartbeats (see docs/architecture.md, “Study tracking”). */
export const readingEvents: Endpoint = {
  path: '/reading-events',
  method: 'post',
  handler: async (req) => {
    const memberId = await requireMember(req)
    const batch = await parseTrackingBody(req, readingEventBatchSchema, {
      maxEvents: heartbeatLimits.maxBatchEvents,
      maxSeconds: heartbeatLimits.maxActiveSeconds,
    })
    if (batch.memberId !== undefined && batch.memberId !== memberId) throw cmsError('tracking.otherMember', 403)
    try {
      const result = await recordMemberHeartbeats(req, batch.events)
      return Response.json(result, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      throw unavailableUnlessRejected(req, error)
    }
  },
}
