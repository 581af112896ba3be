import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf, type Pool } from '../../cms/src/database/databaseOf'
import {
  campaignReachSql,
  hasSessionRow,
  insertSessions,
  jobCounts,
  liveSessionSql,
  migrationFingerprint,
  organizationAncestorLinksSql,
  organizationSubtreeSql,
  sessionRowSql,
  storeOrganizationAncestors,
  takeJobs,
} from '../../cms/src/database/payloadTables'
import { type Database, requestDatabase } from '../../cms/src/database/requestDatabase'
import { buildArticle, buildCampaign, createOrganization, createUser, uniqueId } from '../support/factories'
import { testPayload } from '../support/testPayload'

// cms/src/database/payloadTables.ts is the one place that reads Payload's own tables. When a Payload
// upgrade moves a column or changes what a row means, this file fails before any page does.

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

/** The session id (`sid`) inside a token Payload signed. */
function sidOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).sid
}

async function signedInMember() {
  const member = await createUser(payload, 'member')
  const { token } = await payload.login({ collection: 'users', data: { email: member.email, password: 'correct-horse-battery' } })
  return { member, sid: sidOf(token as string) }
}

describe("Payload's tables as the database door reads them", () => {
  it('keeps every column payloadTables.ts names, with the type it expects', async () => {
    const expected = {
      users_sessions: { _parent_id: 'integer', id: 'character varying', expires_at: 'timestamp with time zone' },
      organizations_rels: { parent_id: 'integer', path: 'character varying', organizations_id: 'integer', order: 'integer' },
      campaigns_rels: { parent_id: 'integer', path: 'character varying', organizations_id: 'integer' },
      payload_jobs: {
        id: 'integer',
        processing: 'boolean',
        completed_at: 'timestamp with time zone',
        has_error: 'boolean',
        updated_at: 'timestamp with time zone',
      },
      payload_migrations: { name: 'character varying', created_at: 'timestamp with time zone' },
    }
    const { rows } = await pool.query<{ table: string; column: string; type: string }>(
      `select table_name as table, column_name as column, data_type as type from information_schema.columns
        where table_schema = current_schema() and table_name = any($1)`,
      [Object.keys(expected)],
    )
    const found = Object.fromEntries(
      Object.entries(expected).map(([table, columns]) => [
        table,
        Object.fromEntries(
          Object.keys(columns).map((column) => [column, rows.find((row) => row.table === table && row.column === column)?.type]),
        ),
      ]),
    )
    expect(found).toEqual(expected)
  })

  it('sees a signed-in member’s session, and no other member’s or forged one', async () => {
    const { member, sid } = await signedInMember()
    const other = await createUser(payload, 'member')
    const live = async (userId: number, session: string) =>
      (await pool.query<{ live: boolean }>(`select ${liveSessionSql('$1', '$2')} as live`, [userId, session])).rows[0]?.live
    expect(await live(member.id, sid)).toBe(true)
    expect(await live(other.id, sid)).toBe(false)
    expect(await live(member.id, 'forged-session')).toBe(false)
    const { rows } = await pool.query(sessionRowSql('$1', '$2'), [member.id, sid])
    expect(rows).toHaveLength(1)
    expect(await hasSessionRow(payload.db.drizzle, member.id, sid)).toBe(true)
    expect(await hasSessionRow(payload.db.drizzle, other.id, sid)).toBe(false)
  })

  it('tells an expired session from a live one, and forgets a session at sign-out', async () => {
    const { member, sid } = await signedInMember()
    await pool.query(`update users_sessions set expires_at = now() - interval '1 second' where _parent_id = $1 and id = $2`, [
      member.id,
      sid,
    ])
    const { rows } = await pool.query<{ live: boolean }>(`select ${liveSessionSql('$1', '$2')} as live`, [member.id, sid])
    expect(rows[0]?.live).toBe(false)
    expect(await hasSessionRow(payload.db.drizzle, member.id, sid)).toBe(true)
    await payload.update({ collection: 'users', id: member.id, data: { sessions: [] } })
    expect(await hasSessionRow(payload.db.drizzle, member.id, sid)).toBe(false)
  })

  it('reads an organization’s subtree and its ancestors from the stored ancestors', async () => {
    const root = await createOrganization(payload, '门测试党委')
    const general = await createOrganization(payload, '门测试总支', root.id)
    const branch = await createOrganization(payload, '门测试支部', general.id)
    const subtree = async (id: number) =>
      (await pool.query<{ id: number }>(organizationSubtreeSql('$1'), [id])).rows.map((row) => row.id).sort((a, b) => a - b)
    expect(await subtree(root.id)).toEqual([root.id, general.id, branch.id])
    expect(await subtree(general.id)).toEqual([general.id, branch.id])
    expect(await subtree(branch.id)).toEqual([branch.id])
    const { rows } = await pool.query<{ ancestor: number }>(
      `select ancestor from (${organizationAncestorLinksSql}) links where organization = $1 order by position`,
      [branch.id],
    )
    expect(rows.map((row) => row.ancestor).sort((a, b) => a - b)).toEqual([root.id, general.id])
  })

  it('stores ancestors of organizations inserted by SQL as Payload stores them', async () => {
    const root = await createOrganization(payload, '门测试党委')
    const general = await createOrganization(payload, '门测试总支', root.id)
    const branch = await createOrganization(payload, '门测试支部', general.id)
    const { rows: inserted } = await pool.query<{ root: number; general: number; branch: number }>(
      `with root as (insert into organizations (name) values ('门测试SQL党委' || $1) returning id),
         general as (insert into organizations (name, parent_id) select '门测试SQL总支' || $1, id from root returning id),
         branch as (insert into organizations (name, parent_id) select '门测试SQL支部' || $1, id from general returning id)
       select (select id from root) as root, (select id from general) as general, (select id from branch) as branch`,
      [uniqueId()],
    )
    const sqlTree = inserted[0] as { root: number; general: number; branch: number }
    await storeOrganizationAncestors(pool, [sqlTree.root, sqlTree.general, sqlTree.branch])
    const ancestorsOf = async (id: number) =>
      (
        await pool.query<{ ancestor: number }>(
          `select ancestor from (${organizationAncestorLinksSql}) links where organization = $1 order by position`,
          [id],
        )
      ).rows.map((row) => row.ancestor)
    const asRoles = (ids: number[], tree: { root: number; general: number }) =>
      ids.map((id) => (id === tree.root ? 'root' : id === tree.general ? 'general' : id))
    expect(asRoles(await ancestorsOf(sqlTree.branch), sqlTree)).toEqual(
      asRoles(await ancestorsOf(branch.id), { root: root.id, general: general.id }),
    )
    expect(await ancestorsOf(sqlTree.general)).toEqual([sqlTree.root])
    expect(await ancestorsOf(sqlTree.root)).toEqual([])
  })

  it('opens sessions for members inserted by SQL that read as live sessions', async () => {
    const member = await createUser(payload, 'member')
    const sid = `bench-${uniqueId()}`
    await insertSessions(pool, [{ userId: member.id, sid }], 60)
    const { rows } = await pool.query<{ live: boolean }>(`select ${liveSessionSql('$1', '$2')} as live`, [member.id, sid])
    expect(rows[0]?.live).toBe(true)
  })

  it('reaches a campaign’s target organizations and everything below them', async () => {
    const root = await createOrganization(payload, '门测试党委')
    const general = await createOrganization(payload, '门测试总支', root.id)
    const branch = await createOrganization(payload, '门测试支部', general.id)
    await createOrganization(payload, '门测试其他支部', root.id)
    const article = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
    const campaign = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([general.id], [{ collection: 'articles', id: article.id }]),
    })
    const { rows } = await pool.query<{ id: number }>(`with ${campaignReachSql('$1')} select id from reach order by id`, [campaign.id])
    expect(rows.map((row) => row.id)).toEqual([general.id, branch.id])
  })

  it('claims a waiting job once, and counts it as running', async () => {
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 86_400_000),
      input: { type: 'publish', doc: { relationTo: 'articles', value: '0' } },
    } as Parameters<Payload['jobs']['queue']>[0])
    const id = Number(job.id)
    try {
      const before = await jobCounts(pool)
      expect(await takeJobs(payload.db.drizzle, [id])).toEqual([id])
      expect(await takeJobs(payload.db.drizzle, [id])).toEqual([])
      expect((await jobCounts(pool)).running).toBe(before.running + 1)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id })
    }
  })

  it('names the database and its migrations in the snapshot fingerprint', async () => {
    const { rows } = await pool.query<{ name: string }>('select max(name) as name from payload_migrations')
    expect(await migrationFingerprint(pool)).toMatch(new RegExp(`\\|${rows[0]?.name}$`))
  })

  it('gives a request its own transaction’s handle, so its reads see its uncommitted writes', async () => {
    const member = await createUser(payload, 'member')
    const outside = { payload } as Parameters<typeof requestDatabase>[0]
    expect(await requestDatabase(outside)).toBe(payload.db.drizzle)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    try {
      const inTransaction = await requestDatabase({ ...outside, transactionID })
      expect(inTransaction).not.toBe(payload.db.drizzle)
      await inTransaction.execute(sql`update users set name = '门测试改名' where id = ${member.id}`)
      const nameIn = async (db: Database) => (await db.execute(sql`select name from users where id = ${member.id}`)).rows[0]?.name
      expect(await nameIn(inTransaction)).toBe('门测试改名')
      expect(await nameIn(payload.db.drizzle)).toBe(member.name)
    } finally {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    }
  })
})
