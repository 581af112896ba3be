import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { staffRoles } from './roles'

/** Administrators, editors and reviewers: the people who work on content. */
export const isStaff: Access = ({ req }) => hasRole(req, staffRoles)
