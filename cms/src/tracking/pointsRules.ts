import type { Payload } from 'payload'

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

/** The rules before an admin changes them: the field defaults of the `points-rules` global. */
export const defaultPointsRules: PointsRules = {
  reading: { unitSeconds: 60, points: 1, dailyCap: 10 },
  watching: { unitSeconds: 120, points: 1, dailyCap: 10 },
  checkIn: { points: 1, dailyCap: 1 },
  quiz: { points: 2, dailyCap: 4 },
  dailyQuiz: { points: 1, dailyCap: 5 },
}

/** Points earned by a day's study seconds under a time-based rule: whole units only, never above the cap. */
export function pointsForSeconds(seconds: number, rule: PointsRule): number {
  const units = Math.floor(seconds / (rule.unitSeconds ?? 1))
  return Math.min(rule.dailyCap, units * rule.points)
}

// The rules are read for every heartbeat batch, so each process keeps them for a short while; a save
// drops them once its change notice arrives (followTrackingChanges); the TTL is only a safety net.
const ttlMs = 30_000
let cached: { rules: Promise<PointsRules>; at: number } | undefined

/** The current points rules (the `points-rules` global; defaults for anything never saved). */
export function loadPointsRules(payload: Payload): Promise<PointsRules> {
  if (!cached || Date.now() - cached.at > ttlMs) {
    const rules = payload.findGlobal({ slug: 'points-rules', depth: 0, overrideAccess: true }).then(withDefaults)
    rules.catch(() => forgetPointsRules())
    cached = { rules, at: Date.now() }
  }
  return cached.rules
}

/** Forgets the cached rules (after an admin changed them). */
export function forgetPointsRules(): void {
  cached = undefined
}

function withDefaults(global: object): PointsRules {
  const saved = global as Partial<Record<string, Partial<PointsRule> | null>>
  const rule = (kind: PointsKind): PointsRule => {
    const own = saved[kind] ?? {}
    const fallback = defaultPointsRules[kind]
    return {
      points: own.points ?? fallback.points,
      dailyCap: own.dailyCap ?? fallback.dailyCap,
      ...(fallback.unitSeconds === undefined ? {} : { unitSeconds: own.unitSeconds ?? fallback.unitSeconds }),
    }
  }
  return Object.fromEntries(pointsKinds.map((kind) => [kind, rule(kind)])) as PointsRules
}
