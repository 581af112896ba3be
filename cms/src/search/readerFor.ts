import type { Payload } from 'payload'
import { organizationLineage } from '../access/organizationReach'
import { type Role, staffRoles } from '../access/roles'
import { anonymousReader, type Reader } from './Reader'

/** The reader a signed-in user (or nobody) is for search: staff, a member of some organizations, or anonymous. */
export async function readerFor(payload: Payload, user: { role?: unknown; organization?: unknown } | null | undefined): Promise<Reader> {
  if (!user) return anonymousReader
  if (staffRoles.includes(user.role as Role)) return { kind: 'staff' }
  return { kind: 'member', organizationIds: await organizationLineage(payload, user.organization) }
}
