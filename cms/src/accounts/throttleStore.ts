import { sql } from '@payloadcms/db-postgres'
import type { Pool } from '../database/databaseOf'
import type { Database } from '../database/requestDatabase'
import { withTransaction } from '../database/withTransaction'
import { type CounterState, counted, waitSeconds } from './throttleCounter'
import { knownAddressDays, type ThrottleScope, throttleRules } from './throttleRules'

/** One counter an attempt is held against: `check` says whether it may refuse the attempt, `count` whether the attempt is added to it. */
export interface ThrottleCheck {
  scope: ThrottleScope
  key: string
  check: boolean
  count: boolean
}

interface CounterRow {
  scope: ThrottleScope
  key: string
  window_start: Date
  hits: number
  last_hit: Date
}

/**
 * Holds an attempt against its counters in `auth_throttle`, in one transaction that locks them, so
 * every CMS process and instance sees the same counts. Answers the seconds to wait (the attempt is then
 * not counted), or 0 once the attempt has been counted.
 */
export async function holdAttempt(pool: Pool, checks: readonly ThrottleCheck[], now = new Date()): Promise<number> {
  return withTransaction(pool, async (client) => {
    const scopes = checks.map((entry) => entry.scope)
    const keys = checks.map((entry) => entry.key)
    const { rows } = await client.query<CounterRow>(
      `select scope, key, window_start, hits, last_hit from auth_throttle
        where (scope, key) in (select * from unnest($1::text[], $2::text[])) for update`,
      [scopes, keys],
    )
    const stateOf = (entry: ThrottleCheck): CounterState | undefined => {
      const row = rows.find((candidate) => candidate.scope === entry.scope && candidate.key === entry.key)
      return row && { windowStart: row.window_start, hits: row.hits, lastHit: row.last_hit }
    }
    const wait = Math.max(
      0,
      ...checks.filter((entry) => entry.check).map((entry) => waitSeconds(throttleRules[entry.scope], stateOf(entry), now)),
    )
    if (wait > 0) return wait
    for (const entry of checks.filter((candidate) => candidate.count)) {
      const next = counted(throttleRules[entry.scope], stateOf(entry), now)
      await client.query(
        `insert into auth_throttle (scope, key, window_start, hits, last_hit) values ($1, $2, $3, $4, $5)
         on conflict (scope, key) do update set window_start = excluded.window_start, hits = excluded.hits, last_hit = excluded.last_hit`,
        [entry.scope, entry.key, next.windowStart, next.hits, next.lastHit],
      )
    }
    // Counters whose window ended long ago say nothing any more.
    await client.query(`delete from auth_throttle where last_hit < $1::timestamptz - interval '1 day'`, [now])
    return 0
  })
}

/**
 * After a successful sign-in, inside the sign-in's own transaction (the user row it updates is locked
 * until it commits, and the address row refers to it): takes back the attempt counted for the address
 * and the account, forgets the account's counter for this address, and remembers the address.
 */
export async function recordSuccess(db: Database, party: { address: string; account: string; userId: number }): Promise<void> {
  await db.execute(sql`update auth_throttle set hits = greatest(hits - 1, 0)
    where (scope = 'login.address' and key = ${party.address}) or (scope = 'login.account' and key = ${party.account})`)
  await db.execute(sql`delete from auth_throttle where scope = 'login.pair' and key = ${`${party.account}@${party.address}`}`)
  await db.execute(sql`insert into sign_in_addresses (user_id, address, last_success) values (${party.userId}, ${party.address}, now())
    on conflict (user_id, address) do update set last_success = now()`)
}

/** Forgets every sign-in counter of an account (an administrator unlocked it). */
export async function forgetAccount(db: Database, accountKey: string): Promise<void> {
  await db.execute(
    sql`delete from auth_throttle where (scope = 'login.account' and key = ${accountKey}) or (scope = 'login.pair' and key like ${`${accountKey}@%`})`,
  )
}

/** True when the user signed in from this address within the last `knownAddressDays`. */
export async function isKnownAddress(pool: Pool, userId: number, address: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `select 1 from sign_in_addresses where user_id = $1 and address = $2 and last_success > now() - make_interval(days => $3)`,
    [userId, address, knownAddressDays],
  )
  return (rowCount ?? 0) > 0
}
