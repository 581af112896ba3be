import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole, staffRoles } from '../../../access/roles'

/**
 * Readers who may not see drafts get the published version even when they ask for drafts
 * (`?draft=true`), instead of Payload filtering the latest draft version away entirely.
 */
export const publishedOnlyForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.overrideAccess || hasRole(req, staffRoles)) return args
  return { ...args, draft: false }
}
