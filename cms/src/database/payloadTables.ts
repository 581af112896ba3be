import type { Pool } from 'pg'
import type { Database } from './requestDatabase'

// Payload owns these tables and may change their layout in any upgrade: a session is a row of
// `users_sessions` under its user (`_parent_id`), a relationship with `hasMany` is rows of
// `<collection>_rels` (`parent_id`, `path`, `<target>_id`, `order`), a job is a row of `payload_jobs`,
// a migration a row of `payload_migrations`. This file is the only one that names them;
// tests/integration/payloadTables.test.ts fails when an upgrade moves them. Fragments take SQL
// expressions (a placeholder such as `$1`, or a sub-select) so each caller keeps its own statement.

/** SQL: a row while user `user`'s session `sid` exists, expired or not (Payload deletes it on sign-out). */
export function sessionRowSql(user: string, sid: string): string {
  return `select 1 from users_sessions s where s._parent_id = ${user} and s.id = ${sid}`
}

/** SQL condition: user `user`'s session `sid` exists and has not expired. */
export function liveSessionSql(user: string, sid: string): string {
  return `exists (${sessionRowSql(user, sid)} and s.expires_at > now())`
}

/** Whether user `userId`'s session `sid` still exists (expired or not), read through `db` (a request's transaction). */
export async function hasSessionRow(db: Database, userId: number | string, sid: string): Promise<boolean> {
  const sql = await drizzleSql()
  const { rows } = await db.execute(sql`with session as (select ${userId}::int as user_id, ${sid}::varchar as sid)
    ${sql.raw(sessionRowSql('(select user_id from session)', '(select sid from session)'))}`)
  return rows.length > 0
}

/** SQL: the ids of organization `root` and every organization below it (Payload's `ancestors` relationship). */
export function organizationSubtreeSql(root: string): string {
  return `select ${root}::int as id union select r.parent_id from organizations_rels r where r.path = 'ancestors' and r.organizations_id = ${root}`
}

/** SQL: each organization's stored ancestors, one row per link: `organization`, `ancestor`, `position` (no guaranteed order). */
export const organizationAncestorLinksSql = `select parent_id as organization, organizations_id as ancestor, "order" as position
  from organizations_rels where path = 'ancestors'`

/**
 * SQL common table expressions `targets` (campaign `campaign`'s target organizations) and `reach`
 * (those and every organization below them), for a `with` clause.
 */
export function campaignReachSql(campaign: string): string {
  return `targets as (
      select organizations_id as id from campaigns_rels where parent_id = ${campaign} and path = 'targetOrganizations'
    ), reach as (
      select id from targets
      union select r.parent_id from organizations_rels r join targets t on r.path = 'ancestors' and r.organizations_id = t.id
    )`
}

/** Marks the jobs among `ids` that nobody runs and that have not completed as processing, through `db`; answers their ids. */
export async function takeJobs(db: Database, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return []
  const sql = await drizzleSql()
  const result = await db.execute<{ id: number }>(
    sql`update payload_jobs set processing = true, updated_at = now()
         where id in ${ids} and processing = false and completed_at is null
         returning id`,
  )
  return result.rows.map((row) => Number(row.id))
}

/** How many jobs wait, run and failed, in one query (finished jobs stay in the table; they are few). */
export async function jobCounts(pool: Pool): Promise<{ queued: number; running: number; failed: number }> {
  const { rows } = await pool.query<{ queued: number; running: number; failed: number }>(
    `select count(*) filter (where completed_at is null and not coalesce(processing, false) and not coalesce(has_error, false))::int as queued,
            count(*) filter (where processing)::int as running,
            count(*) filter (where has_error)::int as failed
       from payload_jobs`,
  )
  return rows[0] ?? { queued: 0, running: 0, failed: 0 }
}

/** The database's name, when it was first migrated and its last migration, as one string (empty parts before any migration). */
export async function migrationFingerprint(pool: Pool): Promise<unknown> {
  const { rows } = await pool.query(
    `SELECT current_database() || '|' || coalesce(min(created_at)::text, '') || '|' || coalesce(max(name), '') AS fingerprint
       FROM payload_migrations`,
  )
  return rows[0]?.fingerprint
}

/** Stores the `ancestors` of organizations inserted by SQL (bench data), parent first, as Payload's `storeAncestors` hook would. */
export async function storeOrganizationAncestors(pool: Pool, ids: number[]): Promise<void> {
  await pool.query(
    `with recursive up (organization, ancestor, position) as (
       select o.id, o.parent_id, 1 from organizations o where o.id = any($1::int[]) and o.parent_id is not null
       union all
       select up.organization, p.parent_id, up.position + 1 from up join organizations p on p.id = up.ancestor where p.parent_id is not null
     )
     insert into organizations_rels ("order", parent_id, path, organizations_id) select position, organization, 'ancestors', ancestor from up`,
    [ids],
  )
}

/** Opens a session of `seconds` for each user, as Payload's sign-in stores one (bench members signed in without a password hash). */
export async function insertSessions(pool: Pool, sessions: Array<{ userId: number; sid: string }>, seconds: number): Promise<void> {
  await pool.query(
    `insert into users_sessions (_order, _parent_id, id, created_at, expires_at)
     select 1, t.member, t.sid, now(), now() + make_interval(secs => $3) from unnest($1::int[], $2::text[]) as t(member, sid)`,
    [sessions.map((session) => session.userId), sessions.map((session) => session.sid), seconds],
  )
}

/**
 * Drizzle's `sql` tag, from Payload's adapter, loaded when first used: the search process reads this module
 * (`migrationFingerprint`) before it starts Payload, and loading the adapter takes seconds (restart-to-searchable,
 * `bench:freshness`); wherever a request or a job has a `Database` handle, the adapter is loaded already.
 */
async function drizzleSql(): Promise<typeof import('@payloadcms/db-postgres').sql> {
  return (await import('@payloadcms/db-postgres')).sql
}
