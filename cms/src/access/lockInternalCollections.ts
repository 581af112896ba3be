import type { Access, JobsConfig, PayloadRequest, SanitizedConfig } from 'payload'
import { guardInternalCollections } from '../limits/guardInternalCollections'
import { hasRole, isAdmin } from './roles'

// Payload adds these collections while it sanitizes the config, after plugins ran, with "any signed-in
// user" as their access: a member could list who is editing what and lock or unlock any document
// (`payload-locked-documents`), or read the migration history. Preferences already hold to their own
// user (Payload forces `user` to the caller); jobs refuse everyone over REST and GraphQL.
const adminPanelUsers: Access = ({ req }) => hasRole(req, ['admin', 'editor', 'reviewer', 'organizer'])

const lockedAccess: Record<string, Access> = {
  read: adminPanelUsers,
  create: adminPanelUsers,
  update: adminPanelUsers,
  delete: adminPanelUsers,
}
const adminOnly: Record<string, Access> = { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin }

const adminRequest = ({ req }: { req: PayloadRequest }) => hasRole(req, ['admin'])

/** Who may run, queue or cancel jobs over REST: Payload's default is any signed-in user. */
export const jobsAccess: NonNullable<JobsConfig['access']> = { run: adminRequest, queue: adminRequest, cancel: adminRequest }

/**
 * Narrows the access of Payload's own collections to the people who need them (see docs/security.md)
 * and gives them the query guards of ours (`guardInternalCollections`).
 */
export async function lockInternalCollections(built: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await built
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') Object.assign(collection.access, lockedAccess)
    if (collection.slug === 'payload-migrations') Object.assign(collection.access, adminOnly)
  }
  return guardInternalCollections(config)
}
