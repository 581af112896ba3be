import { z } from 'zod'
import type { WhereParams } from './cms/queryCollection'

const year = z.coerce.number().int().min(1949).max(2100).optional().catch(undefined)
const text = z.string().max(100).optional().catch(undefined)
const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values).optional().catch(undefined)

/** Query-string filters of each list page; anything malformed is ignored rather than an error. */
export const listFilterSchemas = {
  articles: z.object({ year, topic: text }),
  policies: z.object({
    year,
    issuer: text,
    validity: oneOf(['current', 'revised', 'repealed']),
    level: oneOf(['central', 'provincial', 'city', 'district', 'unit']),
  }),
  videos: z.object({ kind: oneOf(['film', 'documentary', 'micro', 'story']) }),
  lectures: z.object({ format: oneOf(['video', 'audio', 'slides']), speaker: text }),
}

/** Reads a list page's filters from its URL. */
export function readFilters<K extends keyof typeof listFilterSchemas>(kind: K, url: URL): z.infer<(typeof listFilterSchemas)[K]> {
  return listFilterSchemas[kind].parse(Object.fromEntries(url.searchParams)) as z.infer<(typeof listFilterSchemas)[K]>
}

/** A calendar year (Beijing time) as a date range on a field. */
export function yearRange(field: string, value: number | undefined): WhereParams {
  if (!value) return {}
  return { [field]: { greater_than_equal: `${value - 1}-12-31T16:00:00.000Z`, less_than: `${value}-12-31T16:00:00.000Z` } }
}

/** Recent years, newest first, for a year filter. */
export function recentYears(count = 6, now = new Date()): Array<{ value: string; label: string }> {
  const current = now.getFullYear()
  return Array.from({ length: count }, (_, index) => ({ value: String(current - index), label: `${current - index}年` }))
}
