import type { Payload } from 'payload'
import { z } from 'zod'
import { type BankQuestion, bankQuestionSchema, questionSources } from '../questionShape'

const sourceSchema = z
  .object({
    relationTo: z.enum(questionSources),
    value: z.object({ slug: z.string().nullish(), title: z.string().nullish() }).passthrough(),
  })
  .nullish()

/** A bank question with its answer key and its source item's title and slug (server side only). */
export type LoadedQuestion = BankQuestion & { numericId: number; sourceItem: { collection: string; slug: string; title: string } | null }

/**
 * The published questions with these ids, answer keys included (the caller has already decided the
 * member may see them), in the order of `ids`; ids that are gone are skipped.
 */
export async function loadBankQuestions(payload: Payload, ids: number[]): Promise<LoadedQuestion[]> {
  if (ids.length === 0) return []
  const found = await payload.find({
    collection: 'questions',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    populate: Object.fromEntries(questionSources.map((slug) => [slug, { slug: true, title: true }])),
  })
  const byId = new Map(
    found.docs.map((doc) => {
      const source = sourceSchema.safeParse(doc.source).data
      const sourceItem =
        source?.value.slug && source.value.title
          ? { collection: source.relationTo, slug: source.value.slug, title: source.value.title }
          : null
      return [doc.id, { ...bankQuestionSchema.parse(doc), numericId: doc.id, sourceItem }] as const
    }),
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}
