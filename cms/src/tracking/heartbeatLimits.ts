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
  /** Clock skew tolerated between browser and server, and rounding between heartbeats (ms). */
  clockToleranceMs: 5_000,
  /** Queued heartbeats older than this are refused (an offline queue is delivered within days, not weeks). */
  maxAgeMs: 7 * 24 * 3600 * 1000,
  /** Playback may run at up to double speed, so watched seconds may reach twice the active seconds. */
  maxPlaybackRate: 2,
} as const
