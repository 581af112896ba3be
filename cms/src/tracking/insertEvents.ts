import type { PoolClient } from 'pg'
import type { Heartbeat } from './readingEventBatch'
import type { TrackedItem } from './TrackedItem'
import { watchedMultirange } from './watchedMultirange'

/** Appends heartbeats to the raw log; an id already there is skipped. Returns the ids actually written. */
export async function insertEvents(
  client: PoolClient,
  memberId: number,
  events: Heartbeat[],
  itemOf: (event: Heartbeat) => TrackedItem,
): Promise<Set<string>> {
  const { rows } = await client.query<{ id: string }>(
    `insert into reading_events (id, user_id, collection, item_id, occurred_at, active_seconds, scroll_percent, watched)
     select id, $1, collection, item_id, occurred_at, active_seconds, scroll_percent, watched::int4multirange
     from unnest($2::uuid[], $3::varchar[], $4::int[], $5::timestamptz[], $6::int[], $7::int[], $8::text[])
       as e(id, collection, item_id, occurred_at, active_seconds, scroll_percent, watched)
     on conflict (id) do nothing
     returning id`,
    [
      memberId,
      events.map((event) => event.id),
      events.map((event) => event.collection),
      events.map((event) => event.itemId),
      events.map((event) => event.occurredAt.toISOString()),
      events.map((event) => event.activeSeconds),
      events.map((event) => event.scrollPercent),
      events.map((event) => watchedMultirange(event.watched, itemOf(event).mediaSeconds ?? event.mediaSeconds)),
    ],
  )
  return new Set(rows.map((row) => row.id))
}
