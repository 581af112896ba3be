import type { PayloadRequest } from 'payload'
import { databaseOf, type Pool } from '../database/databaseOf'
import { liveSessionSql } from '../database/payloadTables'
import { withTransaction } from '../database/withTransaction'
import { cmsError } from '../errors/cmsError'
import { isCompleted, type ProgressTotals } from './completionShare'
import { creditHeartbeats, type HeartbeatCredit, type Span } from './creditHeartbeats'
import { loadPointsRules, type PointsRules, pointsForSeconds } from './pointsRules'
import type { Heartbeat } from './readingEventBatch'
import { TrackingRejected } from './refusals'
import { findTrackedItems, type TrackedItem } from './trackedItems'
import { readVisitTicket, type StudyVisit } from './visitTicket'
import { type WrittenProgress, writeHeartbeats } from './writeHeartbeats'

/** What recording a batch needs: the member, their heartbeats, the items they refer to, the rules. */
export interface RecordReadingEventsProps {
  pool: Pool
  memberId: number
  /** The session the batch came with: it must still exist when the batch is recorded. Null: no session to check. */
  sessionId: string | null
  events: Heartbeat[]
  /** The verified visit of every heartbeat, keyed by its ticket. */
  visits: Map<string, StudyVisit>
  /** Every item the events refer to, keyed by `itemKey`. */
  items: Map<string, TrackedItem>
  rules: PointsRules
  /** When the batch arrived: nothing is credited after it. */
  now: Date
}

/** The outcome: how many heartbeats were new, how many were already stored, and what got completed. */
export interface RecordedBatch {
  accepted: number
  duplicates: number
  completed: Array<{ collection: string; itemId: number }>
}

/** The key of an item in `RecordReadingEventsProps.items`. */
export function itemKey(collection: string, id: number): string {
  return `${collection}:${id}`
}

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

/**
 * Records a member's heartbeats: in one transaction the raw events (idempotent by id) with the time each
 * earned (`creditHeartbeats`: inside its visit, before the batch arrived, never time already credited),
 * the progress per item, the daily study time and points, and the member's credited time. Heartbeats
 * already stored are acknowledged without effect; if the batch is refused, nothing is written.
 */
export function recordReadingEvents(props: RecordReadingEventsProps): Promise<RecordedBatch> {
  const itemOf = (event: Heartbeat) => props.items.get(itemKey(event.collection, event.itemId)) as TrackedItem
  const visitOf = (event: Heartbeat) => props.visits.get(event.visit) as StudyVisit
  const claimsFrom = Math.min(...props.events.map((event) => event.occurredAt.getTime() - event.activeSeconds * 1000))
  return withTransaction(props.pool, async (client) => {
    // Locks the member's clock row, so one member's batches are recorded one after another, reads the time
    // already credited that the batch's claims may overlap (from the locked row: the latest committed), and
    // checks that the session has not ended (logout, expiry) since the credentials were verified.
    const { rows } = await client.query<{ credited: Span[]; stored: string[]; signed_in: boolean }>({
      name: 'tracking.lockClock',
      text: `with clock as (
         insert into study_clocks (user_id) values ($1)
         on conflict (user_id) do update set user_id = excluded.user_id
         returning credited * tstzmultirange(tstzrange($4::timestamptz, null)) as recent
       )
       select (select coalesce(json_agg(json_build_array(extract(epoch from lower(r)) * 1000, extract(epoch from upper(r)) * 1000)), '[]')
           from clock, unnest(clock.recent) r) as credited,
         array(select id::text from reading_events where id = any($2::uuid[])) as stored,
         $3::varchar is null or ${liveSessionSql('$1', '$3')} as signed_in`,
      values: [props.memberId, props.events.map((event) => event.id), props.sessionId, new Date(claimsFrom).toISOString()],
    })
    if (!rows[0]?.signed_in) throw new TrackingRejected({ code: 'tracking.loginRequired', status: 401 })
    const seen = new Set(rows[0]?.stored)
    const fresh = props.events.filter((event) => !seen.has(event.id) && seen.add(event.id))
    const credited = creditHeartbeats(
      fresh.map((event) => ({ ...event, visitStartedAt: visitOf(event).startedAt })),
      (rows[0]?.credited ?? []).map(([from, to]) => [Number(from), Number(to)] as const),
      props.now,
    )
    if ('rejection' in credited) throw new TrackingRejected(credited.rejection)
    if (fresh.length === 0) return { accepted: 0, duplicates: props.events.length, completed: [] }
    const creditOf = new Map(fresh.map((event, index) => [event, credited.credits[index] as HeartbeatCredit]))

    const written = await writeHeartbeats(client, {
      memberId: props.memberId,
      events: fresh.map((event) => ({ event, credit: creditOf.get(event) as HeartbeatCredit, visitId: visitOf(event).visitId })),
      items: [...props.items.values()],
      itemOf,
    })
    const completed: RecordedBatch['completed'] = []
    for (const progress of written.progress) {
      const item = props.items.get(itemKey(progress.collection, progress.item_id)) as TrackedItem
      if (progress.completed_at || !isCompleted(item, totalsOf(progress))) continue
      const finishedAt = Math.max(
        ...fresh.filter((event) => itemOf(event) === item).map((event) => (creditOf.get(event) as HeartbeatCredit).creditedAt.getTime()),
      )
      await client.query(
        'update reading_progress set completed_at = $4 where user_id = $1 and collection = $2 and item_id = $3 and completed_at is null',
        [props.memberId, item.collection, item.id, new Date(finishedAt).toISOString()],
      )
      completed.push({ collection: item.collection, itemId: item.id })
    }
    for (const day of written.daily) {
      const earned = pointsForSeconds(day.seconds, props.rules[day.kind])
      if (earned > day.points) {
        await client.query('update study_daily set points = $4 where user_id = $1 and day = $2 and kind = $3', [
          props.memberId,
          day.day,
          day.kind,
          earned,
        ])
      }
    }
    return { accepted: written.written, duplicates: props.events.length - written.written, completed }
  })
}

function totalsOf(progress: WrittenProgress): ProgressTotals {
  return {
    activeSeconds: progress.active_seconds,
    maxScrollPercent: progress.max_scroll_percent,
    watchedSeconds: progress.watched_seconds,
    mediaSeconds: progress.media_seconds,
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
