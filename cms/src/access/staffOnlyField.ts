import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'
import { staffRoles } from './roles'

/**
 * Field-level read rule for editorial and import bookkeeping (review comments, who saved or
 * reviewed, import sources): staff only. Payload applies it wherever a document is read for a user
 * (REST, GraphQL, versions, relationships populated by `depth`, the Local API without overrideAccess).
 */
export const staffOnlyField: FieldAccess = ({ req }) => hasRole(req, staffRoles)
