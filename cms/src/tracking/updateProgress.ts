import type { PoolClient } from 'pg'
import { isCompleted } from './isCompleted'
import type { Heartbeat } from './readingEventBatch'
import type { TrackedItem } from './TrackedItem'
import { watchedMultirange } from './watchedMultirange'

/**
 * Adds one item's new heartbeats to the member's progress and stamps completion the first time the
 * rule is met; a completed item stays completed whatever comes later. Returns whether it completed now.
 */
export async function updateProgress(client: PoolClient, memberId: number, item: TrackedItem, events: Heartbeat[]): Promise<boolean> {
  const reportedSeconds = events.find((event) => event.mediaSeconds !== undefined)?.mediaSeconds ?? null
  const mediaSeconds = item.kind === 'media' ? (item.mediaSeconds ?? reportedSeconds) : null
  const last = new Date(Math.max(...events.map((event) => event.occurredAt.getTime())))
  const { rows } = await client.query<{
    active_seconds: number
    max_scroll_percent: number
    media_seconds: number | null
    watched_seconds: number
    completed_at: Date | null
  }>(
    `insert into reading_progress as p
       (user_id, collection, item_id, active_seconds, max_scroll_percent, watched, media_seconds, last_event_at)
     values ($1, $2, $3, $4, $5, $6::int4multirange, $7, $8)
     on conflict (user_id, collection, item_id) do update set
       active_seconds = p.active_seconds + excluded.active_seconds,
       max_scroll_percent = greatest(p.max_scroll_percent, excluded.max_scroll_percent),
       watched = p.watched + excluded.watched,
       media_seconds = coalesce(p.media_seconds, excluded.media_seconds),
       last_event_at = greatest(p.last_event_at, excluded.last_event_at),
       updated_at = now()
     returning active_seconds, max_scroll_percent, media_seconds, completed_at,
       (select coalesce(sum(upper(r) - lower(r)), 0) from unnest(p.watched) r)::int as watched_seconds`,
    [
      memberId,
      item.collection,
      item.id,
      events.reduce((sum, event) => sum + event.activeSeconds, 0),
      Math.max(...events.map((event) => event.scrollPercent)),
      watchedMultirange(
        events.flatMap((event) => event.watched),
        mediaSeconds,
      ),
      mediaSeconds,
      last.toISOString(),
    ],
  )
  const [progress] = rows
  if (!progress || progress.completed_at) return false
  const done = isCompleted(item, {
    activeSeconds: progress.active_seconds,
    maxScrollPercent: progress.max_scroll_percent,
    watchedSeconds: progress.watched_seconds,
    mediaSeconds: progress.media_seconds,
  })
  if (done) {
    await client.query(
      'update reading_progress set completed_at = $4 where user_id = $1 and collection = $2 and item_id = $3 and completed_at is null',
      [memberId, item.collection, item.id, last.toISOString()],
    )
  }
  return done
}
