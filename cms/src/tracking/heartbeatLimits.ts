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
