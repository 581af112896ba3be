import type { CollectionBeforeChangeHook } from 'payload'

const reviewFields = ['score', 'comment', 'featured'] as const

/**
 * Records who reviewed a reflection and when, whenever its score, comment or featured flag changes;
 * the stamp itself is never taken from the request.
 */
export const stampReview: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const { reviewedBy: _by, reviewedAt: _at, ...rest } = data
  const kept = { reviewedBy: originalDoc?.reviewedBy ?? null, reviewedAt: originalDoc?.reviewedAt ?? null }
  const changed = reviewFields.some((field) => field in rest && (rest[field] ?? null) !== (originalDoc?.[field] ?? null))
  if (!changed || !req.user) return { ...rest, ...kept }
  return { ...rest, reviewedBy: req.user.id, reviewedAt: new Date().toISOString() }
}
