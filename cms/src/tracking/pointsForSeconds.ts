import type { PointsRule } from './pointsKinds'

/** Points earned by a day's study seconds under a time-based rule: whole units only, never above the cap. */
export function pointsForSeconds(seconds: number, rule: PointsRule): number {
  const units = Math.floor(seconds / (rule.unitSeconds ?? 1))
  return Math.min(rule.dailyCap, units * rule.points)
}
