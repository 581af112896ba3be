/** Kinds of study that earn points, each with its own daily cap. */
export const pointsKinds = ['reading', 'watching', 'checkIn', 'quiz', 'dailyQuiz'] as const

/** One kind of study that earns points. */
export type PointsKind = (typeof pointsKinds)[number]

/** A kind's rule: `points` per unit (per `unitSeconds` of study time, or per occurrence) up to `dailyCap` a day. */
export interface PointsRule {
  points: number
  dailyCap: number
  unitSeconds?: number
}

/** The rule for every kind. */
export type PointsRules = Record<PointsKind, PointsRule>
