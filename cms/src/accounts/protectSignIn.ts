import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { databaseOf } from '../database/databaseOf'
import { requestDatabase } from '../database/requestDatabase'
import { cmsError } from '../errors/cmsError'
import type { MessageCode } from '../i18n/messages'
import { namedIdentifier, requestAddress, type SignInParty, signInParty } from './signInParty'
import { forgetAccount, holdAttempt, isKnownAddress, recordSuccess } from './throttleStore'

/** How long to wait, in words: “40 秒” or “15 分钟”. */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
}

function refuse(req: PayloadRequest, code: MessageCode, seconds: number): never {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('retry-after', String(seconds))
  req.responseHeaders = headers
  throw cmsError(code, 429, { wait: waitText(seconds) })
}

async function holdSignIn(req: PayloadRequest, party: SignInParty): Promise<void> {
  const known = party.userId !== null && (await isKnownAddress(databaseOf(req.payload), party.userId, party.address))
  // Every attempt counts as a failure until it succeeds (rememberSignIn takes it back), so failures
  // need no hook of their own and parallel guesses cannot slip past the counters.
  const wait = await holdAttempt(databaseOf(req.payload), [
    { scope: 'login.address', key: party.address, check: true, count: true },
    { scope: 'login.pair', key: `${party.account}@${party.address}`, check: true, count: true },
    { scope: 'login.account', key: party.account, check: !known, count: true },
  ])
  if (wait > 0) refuse(req, 'signIn.throttled', wait)
}

async function holdResetRequest(req: PayloadRequest, identifier: string): Promise<void> {
  const address = requestAddress(req)
  const wait = await holdAttempt(databaseOf(req.payload), [
    { scope: 'reset.address', key: address, check: true, count: true },
    { scope: 'reset.account', key: identifier, check: true, count: true },
    { scope: 'reset.mail', key: 'site', check: true, count: false },
  ])
  if (wait > 0) refuse(req, 'reset.throttled', wait)
}

/**
 * Sign-in and reset-request throttling, for every path that reaches Payload's login and forgot-password
 * operations (REST, GraphQL, the admin, the portal's forms, the Local API): answers 429 with Retry-After
 * before the password is even checked when a counter says so.
 */
export const protectSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: { email?: unknown; username?: unknown; password?: unknown } }).data
  if (operation === 'login') {
    const party = await signInParty(req, namedIdentifier(data), data?.password)
    req.context.signInParty = party
    await holdSignIn(req, party)
  }
  if (operation === 'forgotPassword') await holdResetRequest(req, namedIdentifier(data))
  return args
}

/** After a successful sign-in: the attempt was no failure, the account's counter for this address restarts, and the address becomes known. */
export const rememberSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const party = req.context.signInParty as SignInParty | undefined
  if (party) await recordSuccess(await requestDatabase(req), { ...party, userId: user.id as number })
  return user
}

/** Counts each reset e-mail actually sent, for the site-wide bound on outgoing mail. */
export async function countResetMail(args: { args?: { req?: PayloadRequest } }): Promise<void> {
  const req = args.args?.req
  if (req) await holdAttempt(databaseOf(req.payload), [{ scope: 'reset.mail', key: 'site', check: false, count: true }])
}

/** An administrator's unlock (REST, GraphQL or admin) releases the account's sign-in counters. */
export const releaseOnUnlock: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock') return result
  const identifier = namedIdentifier((args as { data?: { email?: unknown; username?: unknown } }).data)
  const { userId } = await signInParty(req, identifier, '')
  if (userId !== null) await forgetAccount(await requestDatabase(req), `user:${userId}`)
  return result
}
