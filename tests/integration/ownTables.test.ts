import { getTableName } from '@payloadcms/db-postgres/drizzle'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { ownTables } from '../../cms/src/database/ownTables'
import { testPayload } from '../support/testPayload'

// cms/src/database/tables declares the tables that are not Payload collections; the migrations built them. Here the
// declarations build their tables again, in a schema of their own inside a transaction that is rolled back, from the
// SQL `npm run migrate:create` would write for them, and each one must come out as the migrated table is.

const scratchSchema = 'own_tables_check'

/** What drizzle-kit (Payload's migration generator) writes to create `tables` on an empty database. */
async function creationStatements(payload: Payload, tables: Record<string, PgTable>): Promise<string[]> {
  const kit = (payload.db as unknown as { requireDrizzleKit: () => DrizzleKit }).requireDrizzleKit()
  return kit.generateMigration(kit.generateDrizzleJson({}), kit.generateDrizzleJson(tables))
}

interface DrizzleKit {
  generateDrizzleJson: (schema: Record<string, unknown>) => unknown
  generateMigration: (previous: unknown, next: unknown) => Promise<string[]>
}

/** Every column, constraint and index of `tables` in `schema`, as lines without the schema's name, in one order. */
async function describeTables(client: PoolClient, schema: string, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ line: string }>(
    `select c.relname || ' column ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || case when a.attnotnull then ' not null' else '' end
            || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as line
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = $1 and c.relname = any($2) and a.attnum > 0 and not a.attisdropped
     union all
     select c.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relname = any($2)
     union all
     select tablename || ' index ' || indexdef from pg_indexes where schemaname = $1 and tablename = any($2)
     order by 1`,
    [schema, tables],
  )
  return rows.map((row) => row.line.replaceAll(`${schema}.`, '').replaceAll('public.', ''))
}

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('the tables that are not Payload collections', () => {
  it('are declared with exactly the columns, defaults, constraints and indexes the migrations gave them', async () => {
    const names = Object.keys(ownTables)
    const statements = await creationStatements(payload, ownTables)
    const client = await databaseOf(payload).connect()
    try {
      await client.query('begin')
      await client.query(`create schema ${scratchSchema}`)
      await client.query(`set local search_path to ${scratchSchema}, public`)
      for (const statement of statements) await client.query(statement)
      const declared = await describeTables(client, scratchSchema, names)
      const migrated = await describeTables(client, 'public', names)
      expect(declared.length).toBeGreaterThan(names.length * 3)
      expect(declared).toEqual(migrated)
    } finally {
      await client.query('rollback')
      client.release()
    }
  })

  it('are, with the collections’ tables, every table the migrations made', async () => {
    const client = await databaseOf(payload).connect()
    try {
      const { rows } = await client.query<{ name: string }>(
        `select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
      )
      const inSchema = Object.values(payload.db.tables as Record<string, PgTable>).map((table) => getTableName(table))
      expect(rows.map((row) => row.name)).toEqual([...new Set(inSchema)].sort())
      for (const name of Object.keys(ownTables)) expect(inSchema).toContain(name)
    } finally {
      client.release()
    }
  })
})
