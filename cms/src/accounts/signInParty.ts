import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import type { PayloadRequest } from 'payload'
import { env } from '../env'
import { clientAddress, trustedProxyList } from './clientAddress'

const trusted = trustedProxyList(env.PORTAL_TRUSTED_PROXIES)
const hashPassword = promisify(pbkdf2)

/** Who is trying: the client address (`local` for Local API calls) and the account (`user:<id>`, or `login:<identifier>` when none has it). */
export interface SignInParty {
  address: string
  account: string
  userId: number | null
}

/** The login id or e-mail an auth request names, as Payload compares it (lower case, trimmed); empty when none. */
export function namedIdentifier(data: { email?: unknown; username?: unknown } | undefined): string {
  const named = [data?.username, data?.email].find((value) => typeof value === 'string' && value.trim() !== '')
  return typeof named === 'string' ? named.toLowerCase().trim().slice(0, 200) : ''
}

/** The request's client address, read through the trusted proxies. */
export function requestAddress(req: PayloadRequest): string {
  return clientAddress(req.headers?.get('x-forwarded-for'), trusted) ?? 'local'
}

/**
 * Resolves who is signing in. Payload answers a missing account without hashing the password, which
 * takes long enough (600,000 PBKDF2 rounds) to tell who has an account; a missing account therefore
 * pays for one hash here.
 */
export async function signInParty(req: PayloadRequest, identifier: string, password: unknown): Promise<SignInParty> {
  const address = requestAddress(req)
  const found = identifier
    ? await req.payload.find({
        collection: 'users',
        where: { or: [{ email: { equals: identifier } }, { username: { equals: identifier } }] },
        depth: 0,
        limit: 1,
        pagination: false,
        select: {},
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const userId = (found.docs[0]?.id as number | undefined) ?? null
  if (userId === null) await hashPassword(typeof password === 'string' ? password : '', 'no-such-account', 600_000, 32, 'sha256')
  return { address, account: userId === null ? `login:${identifier}` : `user:${userId}`, userId }
}
