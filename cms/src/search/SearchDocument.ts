import { searchTypes } from '@xuexi/contract/search/SearchResponse'
import { z } from 'zod'

/** What the index keeps of one published item: its text, its facets and who may read it. */
export const searchDocumentSchema = z.object({
  type: z.enum(searchTypes),
  id: z.union([z.number(), z.string()]),
  slug: z.string(),
  title: z.string(),
  /** Summary, keywords and short metadata (文号, issuer, author, speaker). */
  summary: z.string(),
  body: z.string(),
  /** Milliseconds since the epoch; 0 when unknown. */
  publishedAt: z.number(),
  topics: z.array(z.object({ slug: z.string(), title: z.string() })),
  issuer: z.string().optional(),
  validity: z.enum(['current', 'revised', 'repealed']).optional(),
  visibility: z.enum(['public', 'members', 'organizations']),
  organizationIds: z.array(z.union([z.number(), z.string()])),
})

/** A published item as the search index holds it. */
export type SearchDocument = z.infer<typeof searchDocumentSchema>

/** The key of a document across collections. */
export function documentKey(doc: Pick<SearchDocument, 'type' | 'id'>): string {
  return `${doc.type}:${doc.id}`
}
