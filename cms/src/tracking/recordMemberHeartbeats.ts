import type { PayloadRequest } from 'payload'
import { databaseOf } from '../database/databaseOf'
import { cmsError } from '../errors/cmsError'
import { findTrackedItems } from './findTrackedItems'
import { loadPointsRules } from './loadPointsRules'
import type { Heartbeat } from './readingEventBatch'
import { itemKey, type RecordedBatch, recordReadingEvents } from './recordReadingEvents'
import { TrackingRejected } from './TrackingRejected'
import { readVisitTicket, type StudyVisit } from './visitTicket'

/**
 * Records the signed-in member's heartbeats, arrived at `now`: every heartbeat must carry a ticket of a
 * visit the server opened for this member on its item, and every item must exist and be readable by
 * them; then `recordReadingEvents` writes everything in one transaction. Refusals throw a 4xx APIError.
 */
export async function recordMemberHeartbeats(req: PayloadRequest, events: Heartbeat[], now = new Date()): Promise<RecordedBatch> {
  if (!req.user) throw cmsError('tracking.loginRequired', 401)
  const memberId = req.user.id as number
  const visits = visitsOf(req.payload.secret, memberId, events)
  const items = await findTrackedItems(
    req,
    events.map((event) => ({ collection: event.collection, id: event.itemId })),
  )
  if (events.some((event) => !items.has(itemKey(event.collection, event.itemId)))) throw cmsError('tracking.unknownItem', 422)
  try {
    return await recordReadingEvents({
      pool: databaseOf(req.payload),
      memberId,
      // Payload's session id when the request came with a session (none for the Local API).
      sessionId: (req.user as { _sid?: string })._sid ?? null,
      events,
      visits,
      items,
      rules: await loadPointsRules(req.payload),
      now,
    })
  } catch (error) {
    if (error instanceof TrackingRejected) throw cmsError(error.rejection.code, error.rejection.status)
    throw error
  }
}

/** The visit of every heartbeat, by ticket; a forged ticket, or one of another member or item, refuses the batch. */
function visitsOf(key: string, memberId: number, events: Heartbeat[]): Map<string, StudyVisit> {
  const visits = new Map<string, StudyVisit>()
  for (const event of events) {
    const visit = visits.get(event.visit) ?? readVisitTicket(key, event.visit)
    if (!visit || visit.memberId !== memberId || visit.collection !== event.collection || visit.itemId !== event.itemId) {
      throw cmsError('tracking.invalidVisit', 422)
    }
    visits.set(event.visit, visit)
  }
  return visits
}
