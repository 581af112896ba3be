import { z } from 'zod'

/** One row of the change record (`content_changes`): a document of a collection changed in one transaction. */
export const contentChangeSchema = z.object({
  /** The change record's id (bigint, as text). */
  change: z.string().regex(/^\d+$/),
  /** The collection's (or global's) slug. */
  collection: z.string().min(1),
  id: z.coerce.number().int(),
  op: z.enum(['insert', 'update', 'delete']),
  /** The writing transaction's id (xid8, as text): catch-up resumes from a transaction id. */
  tx: z.string().regex(/^\d+$/),
  /** Seconds from the write to the feed reading it, on PostgreSQL's clock (no skew between hosts). */
  age: z.coerce.number().min(0),
})

/** A change as followers receive it. */
export type ContentChange = z.infer<typeof contentChangeSchema>

/** The distinct (collection, id) pairs of these changes, in order of first appearance. */
export function changedDocuments(changes: readonly ContentChange[]): Array<{ collection: string; id: number }> {
  const seen = new Map<string, { collection: string; id: number }>()
  for (const { collection, id } of changes) seen.set(`${collection}:${id}`, seen.get(`${collection}:${id}`) ?? { collection, id })
  return [...seen.values()]
}
