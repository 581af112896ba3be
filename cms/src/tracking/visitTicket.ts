import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { payloadSecretOf } from '@xuexi/contract/auth/payloadSecretOf'
import { type TrackedCollection, trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { z } from 'zod'

/** A visit the server opened: who reads which item, since when (server time). */
export interface StudyVisit {
  visitId: string
  memberId: number
  collection: TrackedCollection
  itemId: number
  startedAt: Date
}

const version = 'v1'
const partsSchema = z.tuple([
  z.literal(version),
  z.uuid(),
  z.coerce.number().int().positive(),
  z.enum(trackedCollections),
  z.coerce.number().int().positive(),
  z.coerce.number().int().positive(),
  z.string().regex(/^[\w-]{43}$/),
])

/**
 * The signing key for visit tickets derived from Payload's config secret, as `payload.secret` is
 * (Payload hashes its config secret the same way); for tools that sign tickets outside the CMS.
 */
export function visitKeyOf(configSecret: string): string {
  return payloadSecretOf(configSecret)
}

/** Opens a visit now: a new visit id, stamped with the server's time. */
export function openVisit(props: Omit<StudyVisit, 'visitId' | 'startedAt'>, startedAt = new Date()): StudyVisit {
  return { ...props, visitId: randomUUID(), startedAt }
}

/**
 * The visit as a ticket the tracker sends with every heartbeat: its fields in clear and an HMAC
 * (SHA-256, keyed with `payload.secret`) over them, so the server needs no table to trust it.
 */
export function signVisitTicket(key: string, visit: StudyVisit): string {
  const fields = [version, visit.visitId, visit.memberId, visit.collection, visit.itemId, visit.startedAt.getTime()].join('.')
  return `${fields}.${signatureOf(key, fields)}`
}

/** The visit a ticket stands for, or undefined when it is malformed or was not signed with `key`. */
export function readVisitTicket(key: string, ticket: string): StudyVisit | undefined {
  const parts = partsSchema.safeParse(ticket.split('.'))
  if (!parts.success) return undefined
  const [, visitId, memberId, collection, itemId, startedAtMs, signature] = parts.data
  const expected = Buffer.from(signatureOf(key, ticket.slice(0, ticket.lastIndexOf('.'))))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { visitId, memberId, collection, itemId, startedAt: new Date(startedAtMs) }
}

function signatureOf(key: string, fields: string): string {
  return createHmac('sha256', key).update(`study-visit\n${fields}`).digest('base64url')
}
