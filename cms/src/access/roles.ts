import type { Access, PayloadRequest } from 'payload'

// The portal's roles and the access checks that depend on the role alone.

/** Every role a user can hold, in order of reach. */
export const roles = ['admin', 'editor', 'reviewer', 'organizer', 'member'] as const

/** One of the portal's roles. */
export type Role = (typeof roles)[number]

/** Roles that work on content in the admin (write, review, see drafts). */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'reviewer']

/** Roles that may upload files and use the admin (staff, and organizers for their campaigns' covers). */
export const uploadRoles: readonly Role[] = [...staffRoles, 'organizer']

/** True when the request's user holds one of the given roles. */
export function hasRole(req: PayloadRequest, allowed: readonly Role[]): boolean {
  const role = (req.user as { role?: Role } | null)?.role
  return role !== undefined && allowed.includes(role)
}

/** Anyone who is signed in. */
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

/** Only administrators. */
export const isAdmin: Access = ({ req }) => hasRole(req, ['admin'])

/** Administrators and editors: the people who may create and delete content. */
export const isEditor: Access = ({ req }) => hasRole(req, ['admin', 'editor'])

/** Administrators, editors and reviewers: the people who work on content. */
export const isStaff: Access = ({ req }) => hasRole(req, staffRoles)

/** Staff upload media for content; organizers too, for their campaigns' covers. */
export const canUploadMedia: Access = ({ req }) => hasRole(req, uploadRoles)
