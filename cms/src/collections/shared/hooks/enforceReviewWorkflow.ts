import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { hasRole } from '../../../access/roles'
import { cmsError } from '../../../errors/cmsError'
import { t } from '../../../i18n/messages'
import { contentChanged } from './contentChanged'

const reviewerRoles = ['admin', 'reviewer'] as const

/**
 * The editorial workflow: only reviewers approve or send back (with a comment); only approved
 * content is published, and only by reviewers; the submitter is kept, so a returned item goes back to them; an approved item that an editor changes goes
 * back to "editing" and needs review again.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const isReviewer = hasRole(req, reviewerRoles)
  const previous = originalDoc?.reviewStatus ?? 'draft'
  let next = data.reviewStatus ?? previous
  const result = { ...data }

  if (next === 'submitted' && previous !== 'submitted') result.submittedBy = req.user?.id ?? null
  if (next !== previous && (next === 'approved' || next === 'rejected')) {
    if (req.user && !isReviewer) throw cmsError('review.onlyReviewers', 403)
    if (next === 'rejected' && !String(data.reviewComment ?? '').trim()) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'reviewComment', message: t('review.commentRequired') }] })
    }
    result.reviewedBy = req.user?.id ?? null
    result.reviewedAt = new Date().toISOString()
  } else if (
    previous === 'approved' &&
    next === 'approved' &&
    req.user &&
    !isReviewer &&
    originalDoc &&
    contentChanged(data, originalDoc)
  ) {
    next = 'draft'
  }
  result.reviewStatus = next

  const publishing = data._status === 'published'
  if (publishing && req.user && !isReviewer) throw cmsError('review.publishForbidden', 403)
  if (publishing && next !== 'approved') {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'reviewStatus', message: t('review.notApproved') }] })
  }
  return result
}
