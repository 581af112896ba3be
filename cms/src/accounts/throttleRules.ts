/** A fixed window: at most `limit` counted attempts per `windowSeconds`, then wait until the window ends. */
export interface WindowRule {
  kind: 'window'
  limit: number
  windowSeconds: number
}

/** Growing delays: after `freeAttempts` in the window, each attempt waits 2^(over − 1) s after the last one, at most `maxDelaySeconds`. */
export interface DelayRule {
  kind: 'delay'
  freeAttempts: number
  windowSeconds: number
  maxDelaySeconds: number
}

/** One counter's rule. */
export type ThrottleRule = WindowRule | DelayRule

const quarterHour = 15 * 60
const hour = 60 * 60

/**
 * The numbers of sign-in protection (docs/architecture.md, “Accounts and sign-in protection”).
 * Sign-in failures are counted per client address, per account from one address, and per account;
 * requests for a reset e-mail per address, per account and, as e-mails sent, for the whole site.
 */
export const throttleRules = {
  'login.address': { kind: 'window', limit: 20, windowSeconds: quarterHour },
  'login.pair': { kind: 'window', limit: 5, windowSeconds: quarterHour },
  'login.account': { kind: 'delay', freeAttempts: 10, windowSeconds: quarterHour, maxDelaySeconds: 60 },
  'reset.address': { kind: 'window', limit: 5, windowSeconds: hour },
  'reset.account': { kind: 'window', limit: 3, windowSeconds: hour },
  'reset.mail': { kind: 'window', limit: 200, windowSeconds: hour },
} as const satisfies Record<string, ThrottleRule>

/** A throttle counter's scope. */
export type ThrottleScope = keyof typeof throttleRules

/** An address from which an account signed in within this many days skips the account-wide delays. */
export const knownAddressDays = 30
