import { heartbeatLimits as limits } from './heartbeatLimits'
import type { Heartbeat } from './readingEventBatch'
import type { TrackingRejection } from './TrackingRejection'

/**
 * Checks new heartbeats against the clock: none in the future or too old, and, taken in time order,
 * none claiming more active seconds than have passed since the member's previous heartbeat (on any
 * item, so two open tabs cannot both count), nor more played media seconds than playback allows.
 * Returns the first problem, or undefined when every heartbeat is credible.
 */
export function checkHeartbeatTimes(events: Heartbeat[], previousAt: Date | null, now: Date): TrackingRejection | undefined {
  let previous = previousAt?.getTime()
  for (const event of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const at = event.occurredAt.getTime()
    if (at > now.getTime() + limits.clockToleranceMs) return { code: 'tracking.futureTimestamp', status: 422 }
    if (at < now.getTime() - limits.maxAgeMs) return { code: 'tracking.staleEvent', status: 422 }
    if (previous !== undefined) {
      const elapsedSeconds = Math.max(0, (at - previous + limits.clockToleranceMs) / 1000)
      if (event.activeSeconds > elapsedSeconds) return { code: 'tracking.exceedsWallClock', status: 422 }
    }
    const watchedSeconds = event.watched.reduce((sum, [start, end]) => sum + end - start, 0)
    if (watchedSeconds > event.activeSeconds * limits.maxPlaybackRate + limits.clockToleranceMs / 1000) {
      return { code: 'tracking.watchedExceedsTime', status: 422 }
    }
    previous = Math.max(previous ?? at, at)
  }
  return undefined
}
