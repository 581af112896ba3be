import { createHash } from 'node:crypto'
import pg from 'pg'

/** Every row of every table, as a hash per primary key (or per whole row when a table has none). */
export type Snapshot = Map<string, { columns: string[]; rows: Map<string, Record<string, unknown>> }>

/** One row a run changed: table, key, which columns, and the row as it is now (or was, if deleted). */
export interface RowChange {
  table: string
  key: string
  kind: 'added' | 'removed' | 'changed'
  columns: string[]
  row: Record<string, unknown>
}

/** Reads the whole database (the fuzz stack is small: the sample library and its members). */
export async function takeSnapshot(databaseUrl: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string; keys: string[] | null }>(`
      select t.table_schema as schema, t.table_name as name,
        (select array_agg(k.column_name::text order by k.ordinal_position)
           from information_schema.table_constraints c
           join information_schema.key_column_usage k using (constraint_schema, constraint_name)
          where c.table_schema = t.table_schema and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY') as keys
      from information_schema.tables t
      where t.table_type = 'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema')`)
    const snapshot: Snapshot = new Map()
    for (const table of tables) {
      const qualified = `"${table.schema}"."${table.name}"`
      const { rows, fields } = await client.query<Record<string, unknown>>(`select * from ${qualified}`)
      const byKey = new Map<string, Record<string, unknown>>()
      for (const row of rows) {
        const key = table.keys ? table.keys.map((column) => String(row[column])).join('|') : hashOf(row)
        byKey.set(key, row)
      }
      snapshot.set(table.schema === 'public' ? table.name : `${table.schema}.${table.name}`, {
        columns: fields.map((f) => f.name),
        rows: byKey,
      })
    }
    return snapshot
  } finally {
    await client.end()
  }
}

/** The rows that differ between two snapshots. */
export function changesBetween(before: Snapshot, after: Snapshot): RowChange[] {
  const changes: RowChange[] = []
  for (const [table, now] of after) {
    const then = before.get(table)?.rows ?? new Map()
    for (const [key, row] of now.rows) {
      const old = then.get(key)
      if (!old) changes.push({ table, key, kind: 'added', columns: now.columns, row })
      else {
        const columns = now.columns.filter((column) => hashOf(old[column]) !== hashOf(row[column]))
        if (columns.length > 0) changes.push({ table, key, kind: 'changed', columns, row })
      }
    }
    for (const [key, row] of then) if (!now.rows.has(key)) changes.push({ table, key, kind: 'removed', columns: now.columns, row })
  }
  return changes
}

function hashOf(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex')
}
