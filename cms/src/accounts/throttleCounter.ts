import type { ThrottleRule } from './throttleRules'

/** A stored counter: when its window began, how many attempts it holds, and when the latest one came. */
export interface CounterState {
  windowStart: Date
  hits: number
  lastHit: Date
}

const secondsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000

function isCurrent(rule: ThrottleRule, state: CounterState | undefined, now: Date): state is CounterState {
  return state !== undefined && secondsBetween(state.windowStart, now) < rule.windowSeconds
}

/** Seconds the next attempt has to wait under this counter (0: it may go ahead). */
export function waitSeconds(rule: ThrottleRule, state: CounterState | undefined, now: Date): number {
  if (!isCurrent(rule, state, now)) return 0
  if (rule.kind === 'window') {
    return state.hits >= rule.limit ? Math.ceil(rule.windowSeconds - secondsBetween(state.windowStart, now)) : 0
  }
  const over = state.hits - rule.freeAttempts
  if (over < 0) return 0
  const delay = Math.min(2 ** over, rule.maxDelaySeconds)
  return Math.max(0, Math.ceil(delay - secondsBetween(state.lastHit, now)))
}

/** The counter after one more attempt: a window that has ended starts again. */
export function counted(rule: ThrottleRule, state: CounterState | undefined, now: Date): CounterState {
  return isCurrent(rule, state, now) ? { ...state, hits: state.hits + 1, lastHit: now } : { windowStart: now, hits: 1, lastHit: now }
}
