/** When to restart a crashed process and when to give up on it. */
export interface RestartPolicy {
  /** Give up at this many crashes of one process within `windowMs`. */
  maxCrashes: number
  windowMs: number
  /** Wait before the first restart; doubled for each further crash in the window. */
  firstDelayMs: number
}

/** Three crashes of one process within a minute stop the whole stack; restarts wait 1 s, 2 s, 4 s… */
export const defaultRestartPolicy: RestartPolicy = { maxCrashes: 3, windowMs: 60_000, firstDelayMs: 1_000 }

/** What to do after a crash at `now`, given the earlier crashes: restart after a delay, or give up. */
export function decideRestart(
  crashTimes: readonly number[],
  now: number,
  policy: RestartPolicy,
): { giveUp: true; recentCrashes: number } | { giveUp: false; recentCrashes: number; delayMs: number } {
  const recentCrashes = crashTimes.filter((time) => now - time < policy.windowMs).length + 1
  if (recentCrashes >= policy.maxCrashes) return { giveUp: true, recentCrashes }
  return { giveUp: false, recentCrashes, delayMs: policy.firstDelayMs * 2 ** (recentCrashes - 1) }
}
