import type { PoolClient } from '../database/databaseOf'
import type { HeartbeatCredit, Span } from './creditHeartbeats'
import type { Heartbeat } from './readingEventBatch'
import type { TrackedItem } from './trackedItems'

/** A member's progress on an item after the write. */
export interface WrittenProgress {
  collection: string
  item_id: number
  active_seconds: number
  max_scroll_percent: number
  media_seconds: number | null
  watched_seconds: number
  completed_at: string | null
}

/** A member's study total for a day and kind after the write. */
export interface WrittenDay {
  day: string
  kind: 'reading' | 'watching'
  seconds: number
  points: number
}

// One statement, so the connection is held for one round trip: append the events with what each earned
// (an id already stored is skipped), then, from the rows actually inserted, add the credited seconds to the
// progress per item (distinct watched seconds, already cut to the credited time: PostgreSQL merges the
// int4multiranges), to the day's study seconds per kind (study days in China Standard Time, like
// studyDay(), of the time credited), and add the newly credited spans to the member's credited time
// (older than any heartbeat still accepted is dropped, so the row stays small).
// Events and items arrive as one JSON parameter each: node-postgres builds array parameters by string
// concatenation, and twelve arrays were about 30 % of the bytes the tracking server allocated per batch.
const statement = `
with ev as (
  insert into reading_events (id, user_id, collection, item_id, occurred_at, active_seconds, scroll_percent, watched,
    visit_id, credited_seconds, credited_at)
  select id, $1, collection, item_id, occurred_at, active_seconds, scroll_percent, watched, visit_id, credited_seconds, credited_at
  from jsonb_to_recordset($2::jsonb) as e(id uuid, collection varchar, item_id int, occurred_at timestamptz,
    active_seconds int, scroll_percent int, watched int4multirange, visit_id uuid, credited_seconds int, credited_at timestamptz)
  on conflict (id) do nothing
  returning collection, item_id, credited_at, credited_seconds, scroll_percent, watched
), items as (
  select * from jsonb_to_recordset($3::jsonb) as i(collection varchar, item_id int, media_seconds int, kind varchar)
), progress as (
  insert into reading_progress as p (user_id, collection, item_id, active_seconds, max_scroll_percent, watched, media_seconds, last_event_at)
  select $1, ev.collection, ev.item_id, sum(ev.credited_seconds), max(ev.scroll_percent), range_agg(ev.watched),
    min(items.media_seconds), max(ev.credited_at)
  from ev join items using (collection, item_id)
  group by ev.collection, ev.item_id
  on conflict (user_id, collection, item_id) do update set
    active_seconds = p.active_seconds + excluded.active_seconds,
    max_scroll_percent = greatest(p.max_scroll_percent, excluded.max_scroll_percent),
    watched = p.watched + excluded.watched,
    media_seconds = coalesce(p.media_seconds, excluded.media_seconds),
    last_event_at = greatest(p.last_event_at, excluded.last_event_at),
    updated_at = now()
  returning collection, item_id, active_seconds, max_scroll_percent, media_seconds, completed_at,
    (select coalesce(sum(upper(r) - lower(r)), 0) from unnest(p.watched) r)::int as watched_seconds
), daily as (
  insert into study_daily as d (user_id, day, kind, seconds, points)
  select $1, (ev.credited_at at time zone 'Asia/Shanghai')::date, case items.kind when 'media' then 'watching' else 'reading' end,
    sum(ev.credited_seconds), 0
  from ev join items using (collection, item_id)
  group by 2, 3
  having sum(ev.credited_seconds) > 0
  on conflict (user_id, day, kind) do update set seconds = d.seconds + excluded.seconds
  returning to_char(day, 'YYYY-MM-DD') as day, kind, seconds, points
), clock as (
  update study_clocks set credited = (credited + $4::tstzmultirange) * tstzmultirange(tstzrange(now() - interval '8 days', null))
  where user_id = $1 and $4::tstzmultirange <> '{}' and exists (select 1 from ev)
  returning 1
)
select (select count(*) from ev)::int as written,
  coalesce((select json_agg(progress) from progress), '[]') as progress,
  coalesce((select json_agg(daily) from daily), '[]') as daily,
  (select count(*) from clock)::int as clock`

/** A new heartbeat with what it earned (`creditHeartbeats`) and the visit it belongs to. */
export interface CreditedHeartbeat {
  event: Heartbeat
  credit: HeartbeatCredit
  visitId: string
}

/** Writes heartbeats and their credit's effect on progress, daily study time and the member's credited time, in one statement. */
export async function writeHeartbeats(
  client: PoolClient,
  props: { memberId: number; events: CreditedHeartbeat[]; items: TrackedItem[]; itemOf: (event: Heartbeat) => TrackedItem },
): Promise<{ written: number; progress: WrittenProgress[]; daily: WrittenDay[] }> {
  const { items } = props
  const events = props.events.map(({ event }) => event)
  // Named: each pooled connection plans the statement once and reuses the plan for every batch.
  const { rows } = await client.query<{ written: number; progress: WrittenProgress[]; daily: WrittenDay[] }>({
    name: 'tracking.writeHeartbeats',
    text: statement,
    values: [
      props.memberId,
      JSON.stringify(
        props.events.map(({ event, credit, visitId }) => ({
          id: event.id,
          collection: event.collection,
          item_id: event.itemId,
          occurred_at: event.occurredAt,
          active_seconds: event.activeSeconds,
          scroll_percent: event.scrollPercent,
          watched: watchedMultirange(credit.watched, props.itemOf(event).mediaSeconds ?? event.mediaSeconds),
          visit_id: visitId,
          credited_seconds: credit.seconds,
          credited_at: credit.creditedAt,
        })),
      ),
      JSON.stringify(
        items.map((item) => ({
          collection: item.collection,
          item_id: item.id,
          media_seconds: item.kind === 'media' ? (item.mediaSeconds ?? reportedSeconds(events, item) ?? null) : null,
          kind: item.kind,
        })),
      ),
      creditedMultirange(props.events.flatMap(({ credit }) => credit.spans)),
    ],
  })
  return rows[0] ?? { written: 0, progress: [], daily: [] }
}

function reportedSeconds(events: Heartbeat[], item: TrackedItem): number | undefined {
  return events.find((event) => event.collection === item.collection && event.itemId === item.id && event.mediaSeconds)?.mediaSeconds
}

/** Spans of epoch milliseconds as a PostgreSQL tstzmultirange literal ([from, to) each; PostgreSQL merges them). */
function creditedMultirange(spans: Span[]): string {
  return `{${spans.map(([from, to]) => `["${new Date(from).toISOString()}","${new Date(to).toISOString()}")`).join(',')}}`
}

/**
 * Watched [start, end) second ranges as a PostgreSQL int4multirange literal, cut to the medium's
 * duration when known; PostgreSQL merges overlaps, so a second played twice counts once.
 */
export function watchedMultirange(ranges: Array<[number, number]>, mediaSeconds?: number | null): string {
  const limit = mediaSeconds ?? Number.POSITIVE_INFINITY
  const parts = ranges
    .map(([start, end]): [number, number] => [start, Math.min(end, limit)])
    .filter(([start, end]) => start < end)
    .map(([start, end]) => `[${start},${end})`)
  return `{${parts.join(',')}}`
}
