import type { CollectionAfterChangeHook } from 'payload'
import { enrolTargetMembers } from '../../../campaigns/enrolTargetMembers'
import { requestDatabase } from '../../../database/requestDatabase'

/** A published campaign with automatic enrolment enrols its target members, within the same transaction. */
export const enrolOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc.status === 'published' && doc.enrolment === 'automatic') {
    await enrolTargetMembers(await requestDatabase(req), doc.id)
  }
  return doc
}
