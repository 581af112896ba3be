import { and, eq, gt, like, lt, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Pool } from '../database/databaseOf'
import type { Database } from '../database/requestDatabase'
import { authThrottle, signInAddresses } from '../database/tables/signIn'
import { typedDatabase } from '../database/typedDatabase'
import { withTransaction } from '../database/withTransaction'
import { type CounterState, counted, waitSeconds } from './throttleCounter'
import { knownAddressDays, type ThrottleScope, throttleRules } from './throttleRules'

const dayMs = 24 * 60 * 60 * 1000

/** One counter an attempt is held against: `check` says whether it may refuse the attempt, `count` whether the attempt is added to it. */
export interface ThrottleCheck {
  scope: ThrottleScope
  key: string
  check: boolean
  count: boolean
}

/**
 * Holds an attempt against its counters in `auth_throttle`, in one transaction that locks them, so
 * every CMS process and instance sees the same counts. Answers the seconds to wait (the attempt is then
 * not counted), or 0 once the attempt has been counted.
 */
export async function holdAttempt(pool: Pool, checks: readonly ThrottleCheck[], now = new Date()): Promise<number> {
  return withTransaction(pool, async (client) => {
    const db = typedDatabase(client)
    const rows = await db
      .select()
      .from(authThrottle)
      .where(or(...checks.map((entry) => counterOf(entry.scope, entry.key))) ?? sql`false`)
      .for('update')
    const stateOf = (entry: ThrottleCheck): CounterState | undefined => {
      const row = rows.find((candidate) => candidate.scope === entry.scope && candidate.key === entry.key)
      return row && { windowStart: row.windowStart, hits: row.hits, lastHit: row.lastHit }
    }
    const wait = Math.max(
      0,
      ...checks.filter((entry) => entry.check).map((entry) => waitSeconds(throttleRules[entry.scope], stateOf(entry), now)),
    )
    if (wait > 0) return wait
    for (const entry of checks.filter((candidate) => candidate.count)) {
      const next = counted(throttleRules[entry.scope], stateOf(entry), now)
      await db
        .insert(authThrottle)
        .values({ scope: entry.scope, key: entry.key, ...next })
        .onConflictDoUpdate({ target: [authThrottle.scope, authThrottle.key], set: next })
    }
    // Counters whose window ended long ago say nothing any more.
    await db.delete(authThrottle).where(lt(authThrottle.lastHit, new Date(now.getTime() - dayMs)))
    return 0
  })
}

/**
 * After a successful sign-in, inside the sign-in's own transaction (the user row it updates is locked
 * until it commits, and the address row refers to it): takes back the attempt counted for the address
 * and the account, forgets the account's counter for this address, and remembers the address.
 */
export async function recordSuccess(db: Database, party: { address: string; account: string; userId: number }): Promise<void> {
  await db
    .update(authThrottle)
    .set({ hits: sql`greatest(${authThrottle.hits} - 1, 0)` })
    .where(or(counterOf('login.address', party.address), counterOf('login.account', party.account)))
  await db.delete(authThrottle).where(counterOf('login.pair', `${party.account}@${party.address}`))
  await db
    .insert(signInAddresses)
    .values({ userId: party.userId, address: party.address, lastSuccess: sql`now()` })
    .onConflictDoUpdate({ target: [signInAddresses.userId, signInAddresses.address], set: { lastSuccess: sql`now()` } })
}

/** Forgets every sign-in counter of an account (an administrator unlocked it). */
export async function forgetAccount(db: Database, accountKey: string): Promise<void> {
  await db
    .delete(authThrottle)
    .where(or(counterOf('login.account', accountKey), and(eq(authThrottle.scope, 'login.pair'), like(authThrottle.key, `${accountKey}@%`))))
}

/** True when the user signed in from this address within the last `knownAddressDays`. */
export async function isKnownAddress(pool: Pool, userId: number, address: string): Promise<boolean> {
  const rows = await typedDatabase(pool)
    .select({ userId: signInAddresses.userId })
    .from(signInAddresses)
    .where(
      and(
        eq(signInAddresses.userId, userId),
        eq(signInAddresses.address, address),
        gt(signInAddresses.lastSuccess, sql`now() - make_interval(days => ${knownAddressDays})`),
      ),
    )
  return rows.length > 0
}

/** The counter of `scope` for `key`. */
function counterOf(scope: ThrottleScope, key: string) {
  return and(eq(authThrottle.scope, scope), eq(authThrottle.key, key))
}
