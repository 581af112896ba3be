import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { z } from 'zod'

/** Bounds every heartbeat and batch must respect (see docs/architecture.md, “Study tracking”). */
export const heartbeatLimits = {
  /** The tracker sends a heartbeat at least every 15 s; a minute is the most one may claim. */
  maxActiveSeconds: 60,
  /** Heartbeats per request; the tracker sends far fewer, an offline queue drains in such chunks. */
  maxBatchEvents: 100,
  /** Watched ranges per heartbeat. */
  maxWatchedRanges: 20,
  /** Longest media we track (seconds). */
  maxMediaSeconds: 24 * 3600,
  /**
   * A heartbeat stamped up to this long after it arrived (a fast device clock) earns only time up to its
   * arrival; one stamped later is refused (ms).
   */
  maxAheadMs: 60_000,
  /** Queued heartbeats older than this are refused (an offline queue is delivered within days, not weeks). */
  maxAgeMs: 7 * 24 * 3600 * 1000,
  /** A visit earns credit for at most this long after the server opened it (ms): a page left open does not earn forever. */
  maxVisitMs: 4 * 3600 * 1000,
  /** Playback may run at up to double speed, so played seconds may reach twice the seconds credited. */
  maxPlaybackRate: 2,
} as const

// Every error is a message code (cms/src/i18n/messages.ts), so a failed parse maps to a stable code.
const seconds = z
  .number({ error: 'tracking.invalidBatch' })
  .int({ error: 'tracking.invalidBatch' })
  .min(0, { error: 'tracking.negativeSeconds' })

const watchedRange = z
  .tuple([
    seconds.max(heartbeatLimits.maxMediaSeconds, { error: 'tracking.invalidRange' }),
    seconds.max(heartbeatLimits.maxMediaSeconds, { error: 'tracking.invalidRange' }),
  ])
  .refine(([start, end]) => start < end, { error: 'tracking.invalidRange' })

/** One heartbeat: the active seconds, scroll depth and played media seconds since the previous one, within one visit. */
export const heartbeatSchema = z.object({
  id: z.uuid({ error: 'tracking.invalidBatch' }),
  collection: z.enum(trackedCollections, { error: 'tracking.unknownItem' }),
  itemId: z.number({ error: 'tracking.unknownItem' }).int({ error: 'tracking.unknownItem' }).positive({ error: 'tracking.unknownItem' }),
  /** The ticket of the visit the server opened when it rendered the page (`visitTicket.ts`). */
  visit: z.string({ error: 'tracking.invalidVisit' }).max(200, { error: 'tracking.invalidVisit' }),
  occurredAt: z.iso.datetime({ offset: true, error: 'tracking.invalidBatch' }).transform((text) => new Date(text)),
  activeSeconds: seconds.max(heartbeatLimits.maxActiveSeconds, { error: 'tracking.oversizedSeconds' }),
  scrollPercent: z
    .number({ error: 'tracking.invalidBatch' })
    .int({ error: 'tracking.invalidBatch' })
    .min(0, { error: 'tracking.invalidBatch' })
    .max(100, { error: 'tracking.invalidBatch' }),
  /** Media seconds played since the previous heartbeat, as [start, end) ranges. */
  watched: z.array(watchedRange).max(heartbeatLimits.maxWatchedRanges, { error: 'tracking.invalidRange' }).default([]),
  /** The media's own duration as the player reports it; used only when the item has none in the CMS. */
  mediaSeconds: seconds
    .min(1, { error: 'tracking.invalidBatch' })
    .max(heartbeatLimits.maxMediaSeconds, { error: 'tracking.oversizedSeconds' })
    .optional(),
})

/** A batch of heartbeats from one member's browser. */
export const readingEventBatchSchema = z.object(
  {
    /** Optional; when given it must be the signed-in member. */
    memberId: z.number({ error: 'tracking.invalidBatch' }).int({ error: 'tracking.invalidBatch' }).optional(),
    events: z
      .array(heartbeatSchema, { error: 'tracking.invalidBatch' })
      .min(1, { error: 'tracking.invalidBatch' })
      .max(heartbeatLimits.maxBatchEvents, { error: 'tracking.batchTooLarge' }),
  },
  { error: 'tracking.invalidBatch' },
)

/** One validated heartbeat. */
export type Heartbeat = z.infer<typeof heartbeatSchema>

/** A validated batch. */
export type ReadingEventBatch = z.infer<typeof readingEventBatchSchema>
