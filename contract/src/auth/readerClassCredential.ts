import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** The header the portal sends its class reads with (never forwarded from readers: it is built, not copied). */
export const readerClassHeader = 'x-portal-reader-class'

/**
 * What a plain member may read depends only on their organization (its lineage decides the
 * organization-restricted items): members of one organization form one class, and `null` is the
 * class of members without one.
 */
export interface ReaderClass {
  organization: number | null
}

const version = 'v1'
// Long enough for a slow read, short enough that a credential seen in a log is soon worthless.
const lifetimeMs = 60_000
const partsSchema = z.tuple([
  z.literal(version),
  z.coerce.number().int().min(0),
  z.coerce.number().int().positive(),
  z.string().regex(/^[\w-]{43}$/),
])

/**
 * A credential for reading as a class (`v1.<organization or 0>.<expires ms>.<HMAC>`), keyed with
 * `payload.secret` (`payloadSecretOf`): only the portal and the CMS hold it, so a reader cannot forge
 * one, and it names no person, so what is read with it can be shared by the whole class.
 */
export function signReaderClass(key: string, readerClass: ReaderClass, now = Date.now()): string {
  const fields = [version, readerClass.organization ?? 0, now + lifetimeMs].join('.')
  return `${fields}.${signatureOf(key, fields)}`
}

/** The class a credential stands for, or undefined when it is malformed, expired or not signed with `key`. */
export function readReaderClass(key: string, credential: string, now = Date.now()): ReaderClass | undefined {
  const parts = partsSchema.safeParse(credential.split('.'))
  if (!parts.success) return undefined
  const [, organization, expiresAt, signature] = parts.data
  const expected = Buffer.from(signatureOf(key, credential.slice(0, credential.lastIndexOf('.'))))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || expiresAt <= now) return undefined
  return { organization: organization === 0 ? null : organization }
}

function signatureOf(key: string, fields: string): string {
  return createHmac('sha256', key).update(`reader-class\n${fields}`).digest('base64url')
}
