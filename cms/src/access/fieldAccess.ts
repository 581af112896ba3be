import type { FieldAccess } from 'payload'
import { cmsError } from '../errors/cmsError'
import { idOf } from '../utilities/idOf'
import { hasRole, staffRoles } from './roles'

// Who may read or write a field, beyond the access of its document.

/**
 * Field-level read rule for editorial and import bookkeeping (review comments, who saved or
 * reviewed, import sources): staff only. Payload applies it wherever a document is read for a user
 * (REST, GraphQL, versions, relationships populated by `depth`, the Local API without overrideAccess).
 */
export const staffOnlyField: FieldAccess = ({ req }) => hasRole(req, staffRoles)

/** Field-level read rule for a campaign's bookkeeping (who created it): administrators and organizers only. */
export const campaignStaffField: FieldAccess = ({ req }) => hasRole(req, ['admin', 'organizer'])

const comparable = (value: unknown): string => {
  const id = idOf(value)
  return id === undefined ? '' : String(id).toLowerCase().trim()
}

/**
 * Write access for a field that decides access or identity (role, organization, login id, e-mail):
 * administrators only. Payload drops a field its access refuses without a word; here a non-admin who
 * sends a *different* value is refused with 403 and the field's Chinese name, so nothing changes and
 * the caller knows why. The same value sent back unchanged (the admin's account form does that) passes.
 * Runs on every path that checks access: REST, GraphQL, bulk updates, the admin, the Local API with
 * `overrideAccess: false`.
 */
export function adminOnlyField(name: string, label: string): FieldAccess {
  return ({ req, doc, siblingData }) => {
    if (hasRole(req, ['admin'])) return true
    const sent = (siblingData as Record<string, unknown> | undefined)?.[name]
    if (sent !== undefined && comparable(sent) !== comparable((doc as Record<string, unknown> | undefined)?.[name])) {
      throw cmsError('account.adminOnlyField', 403, { field: label })
    }
    return false
  }
}
