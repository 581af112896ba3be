import { addDays } from '@xuexi/contract/chinaTime'

/**
 * Consecutive study days ending today, or ending yesterday when today has no study yet (the streak
 * is still alive until the day is over). `days` are the study days with any study, in any order.
 */
export function streakDays(days: Iterable<string>, today: string): number {
  const studied = new Set(days)
  let day = studied.has(today) ? today : addDays(today, -1)
  let streak = 0
  while (studied.has(day)) {
    streak += 1
    day = addDays(day, -1)
  }
  return streak
}
