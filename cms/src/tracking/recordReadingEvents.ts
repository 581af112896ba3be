import type { Pool } from 'pg'
import { checkHeartbeatTimes } from './checkHeartbeatTimes'
import type { ProgressTotals } from './completionShare'
import { isCompleted } from './isCompleted'
import { pointsForSeconds } from './pointsForSeconds'
import type { PointsRules } from './pointsKinds'
import type { Heartbeat } from './readingEventBatch'
import type { TrackedItem } from './TrackedItem'
import { TrackingRejected } from './TrackingRejected'
import { withTransaction } from './withTransaction'
import { type WrittenProgress, writeHeartbeats } from './writeHeartbeats'

/** What recording a batch needs: the member, their heartbeats, the items they refer to, the rules. */
export interface RecordReadingEventsProps {
  pool: Pool
  memberId: number
  /** The session the batch came with: it must still exist when the batch is recorded. Null: no session to check. */
  sessionId: string | null
  events: Heartbeat[]
  /** Every item the events refer to, keyed by `itemKey`. */
  items: Map<string, TrackedItem>
  rules: PointsRules
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
 * Records a member's heartbeats: in one transaction the raw events (idempotent by id), the progress
 * per item, the daily study time and points, and the member's clock. Heartbeats already stored are
 * acknowledged without effect; if any new heartbeat breaks a time rule, nothing is written.
 */
export function recordReadingEvents(props: RecordReadingEventsProps): Promise<RecordedBatch> {
  const itemOf = (event: Heartbeat) => props.items.get(itemKey(event.collection, event.itemId)) as TrackedItem
  return withTransaction(props.pool, async (client) => {
    // Locks the member's clock row, so one member's batches are recorded one after another, and checks
    // that the session has not ended (logout, expiry) since the credentials were verified.
    const { rows } = await client.query<{ last_event_at: Date | null; stored: string[]; signed_in: boolean }>({
      name: 'tracking.lockClock',
      text: `with clock as (
         insert into study_clocks (user_id) values ($1)
         on conflict (user_id) do update set user_id = excluded.user_id returning last_event_at
       )
       select (select last_event_at from clock), array(select id::text from reading_events where id = any($2::uuid[])) as stored,
         $3::varchar is null or exists (select 1 from users_sessions where _parent_id = $1 and id = $3 and expires_at > now()) as signed_in`,
      values: [props.memberId, props.events.map((event) => event.id), props.sessionId],
    })
    if (!rows[0]?.signed_in) throw new TrackingRejected({ code: 'tracking.loginRequired', status: 401 })
    const seen = new Set(rows[0]?.stored)
    const fresh = props.events.filter((event) => !seen.has(event.id) && seen.add(event.id))
    const problem = checkHeartbeatTimes(fresh, rows[0]?.last_event_at ?? null, props.now)
    if (problem) throw new TrackingRejected(problem)
    if (fresh.length === 0) return { accepted: 0, duplicates: props.events.length, completed: [] }

    const written = await writeHeartbeats(client, { memberId: props.memberId, events: fresh, items: [...props.items.values()], itemOf })
    const completed: RecordedBatch['completed'] = []
    for (const progress of written.progress) {
      const item = props.items.get(itemKey(progress.collection, progress.item_id)) as TrackedItem
      if (progress.completed_at || !isCompleted(item, totalsOf(progress))) continue
      const finishedAt = Math.max(...fresh.filter((event) => itemOf(event) === item).map((event) => event.occurredAt.getTime()))
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
