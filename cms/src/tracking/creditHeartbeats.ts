import { heartbeatLimits as limits } from './readingEventBatch'
import type { TrackingRejection } from './refusals'

/** A span of time in epoch milliseconds, [from, to]. */
export type Span = readonly [from: number, to: number]

/** What crediting needs of a heartbeat: when it ends, how much activity it claims, inside which visit. */
export interface ClaimedHeartbeat {
  occurredAt: Date
  activeSeconds: number
  watched: Array<[number, number]>
  /** When the server opened the heartbeat's visit (from its verified ticket). */
  visitStartedAt: Date
}

/** What a heartbeat earns: seconds, the time they lie in, played media ranges cut to what that time allows. */
export interface HeartbeatCredit {
  seconds: number
  /** The disjoint spans of newly credited time (empty when the heartbeat earns nothing). */
  spans: Span[]
  /** The heartbeat's time as the server can vouch for it: the end of its credit, else its claim kept inside its visit. */
  creditedAt: Date
  watched: Array<[number, number]>
}

/**
 * Credits new heartbeats against the member's already credited time. A heartbeat claiming `activeSeconds`
 * ending at `occurredAt` earns only the part of `[occurredAt − activeSeconds, occurredAt]` that lies inside
 * its visit (from the visit's start, for at most `maxVisitMs`, and never after the batch arrived) and is not
 * credited yet, on any item, tab or device; played media seconds are cut to `maxPlaybackRate` × the seconds
 * earned. Heartbeats are credited in time order. `credited` must hold every credited span that may overlap
 * the heartbeats' claims. Returns the credits in the order of `heartbeats`, or the first reason to refuse
 * the batch (a time far in the future, or too old to accept).
 */
export function creditHeartbeats(
  heartbeats: ClaimedHeartbeat[],
  credited: Span[],
  arrivedAt: Date,
): { credits: HeartbeatCredit[] } | { rejection: TrackingRejection } {
  const arrival = arrivedAt.getTime()
  for (const heartbeat of heartbeats) {
    const at = heartbeat.occurredAt.getTime()
    if (at > arrival + limits.maxAheadMs) return { rejection: { code: 'tracking.futureTimestamp', status: 422 } }
    if (at < arrival - limits.maxAgeMs) return { rejection: { code: 'tracking.staleEvent', status: 422 } }
  }
  let taken = normalize(credited)
  const credits: HeartbeatCredit[] = new Array(heartbeats.length)
  const order = heartbeats.map((_, index) => index).sort((a, b) => timeOf(heartbeats[a]) - timeOf(heartbeats[b]))
  for (const index of order) {
    const heartbeat = heartbeats[index] as ClaimedHeartbeat
    const visitStart = heartbeat.visitStartedAt.getTime()
    const visitEnd = Math.min(arrival, visitStart + limits.maxVisitMs)
    const at = heartbeat.occurredAt.getTime()
    const from = Math.max(at - heartbeat.activeSeconds * 1000, visitStart)
    const to = Math.min(at, visitEnd)
    const spans = from < to ? subtract([from, to], taken) : []
    const seconds = spans.reduce((sum, span) => sum + secondMarksIn(span), 0)
    taken = normalize([...taken, ...spans])
    credits[index] = {
      seconds,
      spans,
      creditedAt: new Date(spans.at(-1)?.[1] ?? Math.min(Math.max(at, visitStart), Math.max(visitStart, visitEnd))),
      watched: cutWatched(heartbeat.watched, seconds * limits.maxPlaybackRate),
    }
  }
  return { credits }
}

const timeOf = (heartbeat: ClaimedHeartbeat | undefined) => heartbeat?.occurredAt.getTime() ?? 0

/**
 * Whole seconds in a span, counted as the epoch-second marks in (from, to]: spans that never overlap
 * then never count one second twice, and their sum never exceeds the real time they cover, rounded up.
 */
export function secondMarksIn([from, to]: Span): number {
  return Math.max(0, Math.floor(to / 1000) - Math.floor(from / 1000))
}

/** `span` minus the sorted, disjoint `taken` spans. */
function subtract(span: Span, taken: Span[]): Span[] {
  const left: Span[] = []
  let cursor = span[0]
  for (const [from, to] of taken) {
    if (to <= cursor) continue
    if (from >= span[1]) break
    if (from > cursor) left.push([cursor, from])
    cursor = Math.max(cursor, to)
  }
  if (cursor < span[1]) left.push([cursor, span[1]])
  return left
}

/** Sorted and merged, so `subtract` can walk them once. */
function normalize(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [from, to] of sorted) {
    const last = merged.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

/** The first `budget` seconds of the played ranges, in the order they were played. */
function cutWatched(ranges: Array<[number, number]>, budget: number): Array<[number, number]> {
  const kept: Array<[number, number]> = []
  let left = budget
  for (const [start, end] of ranges) {
    if (left <= 0) break
    const length = Math.min(end - start, left)
    kept.push([start, start + length])
    left -= length
  }
  return kept
}
