import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { t } from '../../../i18n/messages'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * A published topic quiz may hold published questions only: members would otherwise meet a shorter
 * paper than the editors curated. Drafts may hold questions still in review.
 */
export const checkTopicQuizQuestions: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = { ...originalDoc, ...data }
  if (merged._status !== 'published') return data
  const ids = ((merged.questions ?? []) as unknown[]).map(idOf).filter((id): id is number => typeof id === 'number')
  if (ids.length === 0) return data
  const published = await req.payload.find({
    collection: 'questions',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    select: { kind: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (published.docs.length < new Set(ids).size) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'questions', message: t('topicQuiz.unpublishedQuestions') }],
    })
  }
  return data
}
