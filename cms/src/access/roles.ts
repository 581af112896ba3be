/** Every role a user can hold, in order of reach. */
export const roles = ['admin', 'editor', 'reviewer', 'organizer', 'member'] as const

/** One of the portal's roles. */
export type Role = (typeof roles)[number]

/** Roles that work on content in the admin (write, review, see drafts). */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'reviewer']

/** Roles that may upload files and use the admin (staff, and organizers for their campaigns' covers). */
export const uploadRoles: readonly Role[] = [...staffRoles, 'organizer']
