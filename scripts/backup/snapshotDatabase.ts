import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { fingerprintTables, listTables } from './fingerprintTables'
import type { Manifest, TableSnapshot } from './manifest'

/** What the snapshot saw, and where each table's rows were written. */
export interface DatabaseSnapshot {
  migrations: string[]
  tables: TableSnapshot[]
  sequences: Manifest['sequences']
  /** Table name → file holding its rows in COPY text format. */
  files: Map<string, string>
}

/**
 * Copies every table of the portal's schema into `folder` from ONE `REPEATABLE READ, READ ONLY`
 * transaction, so all tables (and the counts and fingerprints recorded for them) show the same instant,
 * while the portal keeps serving and writing. Rows stream from `COPY … TO STDOUT` to disk, never whole
 * tables in memory. Sequences are not transactional: their current values are read, which is never
 * below what the snapshot's rows used.
 */
export async function snapshotDatabase(options: {
  url: string
  folder: string
  onTable: (table: string, done: number, total: number) => void
}): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString: options.url, application_name: 'portal-backup' })
  await client.connect()
  try {
    await client.query('begin isolation level repeatable read, read only')
    try {
      const tables = await listTables(client)
      const fingerprints = await fingerprintTables(client, tables)
      const migrations = await client.query<{ name: string }>('select name from payload_migrations order by id')
      const sequences = await client.query<{ name: string; value: string | null }>(
        `select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by sequencename`,
      )
      const files = new Map<string, string>()
      for (const [index, table] of tables.entries()) {
        const file = path.join(options.folder, `${table.name}.copy`)
        const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
        await pipeline(client.query(copyTo(`copy ${client.escapeIdentifier(table.name)} (${columns}) to stdout`)), createWriteStream(file))
        files.set(table.name, file)
        options.onTable(table.name, index + 1, tables.length)
      }
      return {
        migrations: migrations.rows.map((row) => row.name),
        tables: tables.map((table, index) => ({ ...table, ...(fingerprints[index] as (typeof fingerprints)[number]) })),
        sequences: sequences.rows.map((row) => ({ name: row.name, value: row.value ?? '1', isCalled: row.value !== null })),
        files,
      }
    } finally {
      await client.query('rollback')
    }
  } finally {
    await client.end()
  }
}
