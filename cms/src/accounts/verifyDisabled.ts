import type { Endpoint } from 'payload'
import { cmsError } from '../errors/cmsError'

/**
 * Accounts need no e-mail verification (`auth.verify` is off), but Payload still routes
 * `POST /api/users/verify/:token`, which then fails on a field that does not exist (500). This route,
 * registered before Payload's own, answers 404 for every token alike.
 */
export const verifyDisabled: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () => {
    throw cmsError('account.noVerification', 404)
  },
}
