import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { cmsError } from '../../errors/cmsError'

const topicQuizSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  topic: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  opensAt: z.string(),
  closesAt: z.string(),
  questions: z
    .array(z.union([z.number(), z.object({ id: z.number() }).transform((question) => question.id)]))
    .nullish()
    .transform((value) => value ?? []),
  policy: z
    .object({ slug: z.string().nullish(), title: z.string().nullish() })
    .nullish()
    .or(z.number())
    .transform((value) => (typeof value === 'object' && value?.slug && value.title ? { slug: value.slug, title: value.title } : null)),
})

/** A topic quiz as the server works with it: its window, its question ids and its policy's slug and title. */
export type LoadedTopicQuiz = z.infer<typeof topicQuizSchema>

/**
 * The topic quiz `id` if the signed-in member may see it (the collection's read access: published,
 * visible to them, already open), read in full (its questions are staff-only fields); 404 otherwise.
 */
export async function loadTopicQuiz(req: PayloadRequest, id: number): Promise<LoadedTopicQuiz> {
  if (!req.user) throw cmsError('topicQuiz.loginRequired', 401)
  const visible = await req.payload.count({
    collection: 'topic-quizzes',
    where: { id: { equals: id } },
    overrideAccess: false,
    user: req.user,
  })
  if (visible.totalDocs === 0) throw cmsError('topicQuiz.notFound', 404)
  const doc = await req.payload.findByID({
    collection: 'topic-quizzes',
    id,
    depth: 1,
    overrideAccess: true,
    populate: { policies: { slug: true, title: true } },
  })
  return topicQuizSchema.parse(doc)
}
