import type { PointsRules } from './pointsKinds'

/** The rules before an admin changes them: the field defaults of the `points-rules` global. */
export const defaultPointsRules: PointsRules = {
  reading: { unitSeconds: 60, points: 1, dailyCap: 10 },
  watching: { unitSeconds: 120, points: 1, dailyCap: 10 },
  checkIn: { points: 1, dailyCap: 1 },
  quiz: { points: 2, dailyCap: 4 },
  dailyQuiz: { points: 1, dailyCap: 5 },
}
