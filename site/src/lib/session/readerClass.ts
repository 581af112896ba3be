import { payloadSecretOf } from '@xuexi/contract/auth/payloadSecretOf'
import { type ReaderClass, signReaderClass } from '@xuexi/contract/auth/readerClassCredential'
import { env } from '../../env'
import type { SessionUser } from './SessionUser'

const classKey = payloadSecretOf(env.PAYLOAD_SECRET)

/**
 * The visibility class a signed-in user reads content as: plain members by their organization (the
 * lineage the CMS derives from it decides what they see); null for staff and organizers, whose reads
 * depend on more than that (drafts, campaigns in their reach) and stay their own.
 */
export function readerClassOf(user: SessionUser): ReaderClass | null {
  if (user.role !== 'member') return null
  const organization = typeof user.organization === 'object' && user.organization !== null ? user.organization.id : user.organization
  return { organization: organization === undefined || organization === null ? null : Number(organization) }
}

/** The cache key of a class's reads. */
export function readerClassKey(readerClass: ReaderClass): string {
  return `member:${readerClass.organization ?? '-'}`
}

/** A fresh credential for reading as the class (checked by the CMS's `readerClassStrategy`). */
export function readerClassCredential(readerClass: ReaderClass): string {
  return signReaderClass(classKey, readerClass)
}
