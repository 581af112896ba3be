import type { Pool } from 'pg'
import { addDailyStudy } from './addDailyStudy'
import { checkHeartbeatTimes } from './checkHeartbeatTimes'
import { insertEvents } from './insertEvents'
import type { PointsRules } from './pointsKinds'
import type { Heartbeat } from './readingEventBatch'
import { studyDay } from './studyDay'
import type { TrackedItem } from './TrackedItem'
import { TrackingRejected } from './TrackingRejected'
import { updateProgress } from './updateProgress'
import { withTransaction } from './withTransaction'

/** What recording a batch needs: the member, their heartbeats, the items they refer to, the rules. */
export interface RecordReadingEventsProps {
  pool: Pool
  memberId: number
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
    // Locks the member's clock row, so one member's batches are recorded one after another.
    const clock = await client.query<{ last_event_at: Date | null }>(
      `insert into study_clocks (user_id) values ($1)
       on conflict (user_id) do update set user_id = excluded.user_id returning last_event_at`,
      [props.memberId],
    )
    const ids = props.events.map((event) => event.id)
    const stored = await client.query<{ id: string }>('select id from reading_events where id = any($1::uuid[])', [ids])
    const seen = new Set(stored.rows.map((row) => row.id))
    const fresh = props.events.filter((event) => !seen.has(event.id) && seen.add(event.id))
    const problem = checkHeartbeatTimes(fresh, clock.rows[0]?.last_event_at ?? null, props.now)
    if (problem) throw new TrackingRejected(problem)
    if (fresh.length === 0) return { accepted: 0, duplicates: props.events.length, completed: [] }

    const written = await insertEvents(client, props.memberId, fresh, itemOf)
    const events = fresh.filter((event) => written.has(event.id))
    const completed: RecordedBatch['completed'] = []
    for (const [key, itemEvents] of groupBy(events, (event) => itemKey(event.collection, event.itemId))) {
      const item = props.items.get(key) as TrackedItem
      if (await updateProgress(client, props.memberId, item, itemEvents)) completed.push({ collection: item.collection, itemId: item.id })
    }
    for (const [key, dayEvents] of groupBy(events, (event) => `${studyDay(event.occurredAt)}|${itemOf(event).kind}`)) {
      const [day = '', itemKind] = key.split('|')
      const kind = itemKind === 'media' ? 'watching' : 'reading'
      const seconds = dayEvents.reduce((sum, event) => sum + event.activeSeconds, 0)
      if (seconds > 0) await addDailyStudy(client, { memberId: props.memberId, day, kind, seconds, rule: props.rules[kind] })
    }
    const latest = Math.max(...events.map((event) => event.occurredAt.getTime()))
    if (events.length > 0) {
      await client.query(`update study_clocks set last_event_at = greatest(coalesce(last_event_at, '-infinity'), $2) where user_id = $1`, [
        props.memberId,
        new Date(latest).toISOString(),
      ])
    }
    return { accepted: events.length, duplicates: props.events.length - events.length, completed }
  })
}

function groupBy<T>(values: T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const value of values) groups.set(keyOf(value), [...(groups.get(keyOf(value)) ?? []), value])
  return groups
}
