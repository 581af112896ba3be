import { z } from 'zod'

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) })

/** The `?page=` of a list URL; anything that is not a sensible page number reads as page 1. */
export function pageFromUrl(url: URL): number {
  return pageQuery.parse({ page: url.searchParams.get('page') ?? undefined }).page
}
