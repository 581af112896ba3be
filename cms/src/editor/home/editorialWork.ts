import type { PayloadRequest } from 'payload'
import { t } from '../../i18n/messages'
import { chinaTime } from './chinaTime'
import { findContentItems } from './findContentItems'
import type { HomeSummary } from './HomeSummary'

const shown = 5

/** Items editors submitted that wait for a reviewer (every reviewer's queue: review is not assigned). */
export function waitingForReview(req: PayloadRequest): Promise<HomeSummary> {
  return findContentItems(req, {
    where: { reviewStatus: { equals: 'submitted' } },
    limit: shown,
    describe: (doc) => ({ detail: chinaTime(doc.updatedAt) }),
  })
}

/** The signed-in editor's items still being written: last saved by them, not yet submitted. */
export function myDrafts(req: PayloadRequest): Promise<HomeSummary> {
  return findContentItems(req, {
    where: { and: [{ reviewStatus: { equals: 'draft' } }, { updatedBy: { equals: req.user?.id } }] },
    limit: shown,
    describe: (doc) => ({ detail: chinaTime(doc.updatedAt) }),
  })
}

/** Items the signed-in editor submitted that a reviewer sent back, with the reviewer's comment. */
export function returnedToMe(req: PayloadRequest): Promise<HomeSummary> {
  return findContentItems(req, {
    where: { and: [{ reviewStatus: { equals: 'rejected' } }, { submittedBy: { equals: req.user?.id } }] },
    limit: shown,
    describe: (doc) => ({ detail: chinaTime(doc.updatedAt), note: t('home.returned.comment', { comment: doc.reviewComment ?? '' }) }),
  })
}
