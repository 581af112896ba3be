import type { CollectionBeforeChangeHook } from 'payload'
import { contestQuestionWhere } from '../../../contests/contestQuestionBank'
import { cmsError } from '../../../errors/cmsError'
import { idOf } from '../../../utilities/idOf'

/**
 * A published contest has a paper: fixed contests at least one question, every one of them published in
 * the bank and open to all members (a draft or a branch-restricted question's stem would reach members
 * otherwise, `contestQuestionWhere`); drawn contests at least one question
 * to draw. Checked on every write path, for every role.
 */
export const checkContestPaper: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data.status !== 'published') return data
  if (data.selection === 'drawn') {
    const draw = (data.draw ?? {}) as { easy?: number; medium?: number; hard?: number }
    if ((draw.easy ?? 0) + (draw.medium ?? 0) + (draw.hard ?? 0) < 1) throw cmsError('contest.noQuestions', 400)
    return data
  }
  const ids = (Array.isArray(data.questions) ? data.questions : []).map((question: unknown) => idOf(question) as number)
  if (ids.length === 0) throw cmsError('contest.noQuestions', 400)
  const published = await req.payload.find({
    collection: 'questions',
    where: { and: [{ id: { in: ids } }, ...contestQuestionWhere] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const found = new Set(published.docs.map((doc) => doc.id))
  const missing = ids.findIndex((id) => !found.has(id))
  if (missing >= 0) throw cmsError('contest.questionsUnpublished', 400, { position: missing + 1 })
  return data
}
