import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { documentNumberPattern } from '../../../fields/documentNumber'
import { t } from '../../../i18n/messages'
import { idOf } from '../../../utilities/idOf'

/** Checked on drafts too: a well-formed 文号, no effect before issue, no superseding or amending itself. */
export const checkPolicyRules: CollectionBeforeChangeHook = ({ data, originalDoc, collection }) => {
  const errors: Array<{ path: string; message: string }> = []
  if (data.documentNumber && !documentNumberPattern.test(data.documentNumber)) {
    errors.push({ path: 'documentNumber', message: t('policy.documentNumber') })
  }
  if (data.issuedAt && data.effectiveAt && new Date(data.effectiveAt) < new Date(data.issuedAt)) {
    errors.push({ path: 'effectiveAt', message: t('policy.effectiveBeforeIssued') })
  }
  const ownId = originalDoc?.id
  for (const path of ['supersedes', 'amends']) {
    const related = (data[path] ?? []) as unknown[]
    if (ownId !== undefined && related.some((item) => idOf(item) === ownId)) errors.push({ path, message: t('policy.selfRelation') })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
