import type { PayloadRequest } from 'payload'

/** The most questions a draw considers: the newest this many the member may see. */
const drawPool = 2000

/** The published questions the signed-in member may see (visibility and organizations applied by the collection's read access), newest first. */
export async function visibleQuestionIds(req: PayloadRequest): Promise<number[]> {
  const found = await req.payload.find({
    collection: 'questions',
    depth: 0,
    limit: drawPool,
    pagination: false,
    sort: '-createdAt',
    select: { kind: true },
    overrideAccess: false,
    user: req.user,
  })
  return found.docs.map((doc) => doc.id)
}
