import type { Payload } from 'payload'
import { defaultPointsRules } from './defaultPointsRules'
import { type PointsRule, type PointsRules, pointsKinds } from './pointsKinds'

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
  const rule = (kind: (typeof pointsKinds)[number]): PointsRule => {
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
