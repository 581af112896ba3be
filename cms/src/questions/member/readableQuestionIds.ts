import type { PayloadRequest } from 'payload'

/** Which of these questions the signed-in member may read now (published, and visible to them by the collection's read access). */
export async function readableQuestionIds(req: PayloadRequest, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const found = await req.payload.find({
    collection: 'questions',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { kind: true },
    overrideAccess: false,
    user: req.user,
  })
  return new Set(found.docs.map((doc) => doc.id))
}
