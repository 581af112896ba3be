import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { z } from 'zod'
import { cmsError } from './cmsError'

// The shapes Payload's query builder can take: `where[field][operator]=value`, nested field paths,
// `and`/`or` lists, `in`/`not_in`/`all` lists. Query strings can say much more (`like[0]=…`,
// `sort[a]=…`), and Payload passes that on to code that calls string methods on it (a 500).
const scalar = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()])
const listOperators = new Set(['in', 'not_in', 'all'])
const scalarOperators = new Set([
  'equals',
  'contains',
  'not_equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
])

type Where = { [key: string]: unknown }
const where: z.ZodType<Where> = z.lazy(() =>
  z.record(z.string(), z.unknown()).superRefine((value, context) => {
    for (const [key, inner] of Object.entries(value)) {
      const valid =
        key === 'and' || key === 'or'
          ? z.array(where).max(100).safeParse(inner).success
          : listOperators.has(key)
            ? z.union([scalar, z.array(scalar).max(1000)]).safeParse(inner).success
            : scalarOperators.has(key)
              ? scalar.safeParse(inner).success
              : where.safeParse(inner).success
      if (!valid) context.addIssue({ code: 'custom', message: key })
    }
  }),
)
const queryShape = z.object({
  where: where.optional(),
  sort: z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]).optional(),
})

/** Refuses a `where` or `sort` that is not a query Payload can build: 400 `query.invalid`. */
export const guardQueryShape: CollectionBeforeOperationHook = ({ args }) => {
  const { where: clause, sort } = args as { where?: unknown; sort?: unknown }
  if (!queryShape.safeParse({ where: clause ?? undefined, sort: sort ?? undefined }).success) throw cmsError('query.invalid', 400)
  return args
}

/** The collection with the query guard in front of its other beforeOperation hooks. */
export function withQueryGuard(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [guardQueryShape, ...(collection.hooks?.beforeOperation ?? [])] } }
}
