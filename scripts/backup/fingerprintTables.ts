import type pg from 'pg'

/** A table's row count and fingerprint. */
export interface TableFingerprint {
  name: string
  rows: number
  md5: string
}

/**
 * Row count and an md5 over every row of each table, computed by PostgreSQL: the md5 of each row's text,
 * sorted (so physical order does not matter) and hashed together. Only the named columns are read, so a
 * backup and its restore compare the same thing. Inside a snapshot transaction this is what the snapshot saw.
 */
export async function fingerprintTables(
  client: pg.ClientBase,
  tables: ReadonlyArray<{ name: string; columns: readonly string[] }>,
): Promise<TableFingerprint[]> {
  const result: TableFingerprint[] = []
  for (const table of tables) {
    const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
    const { rows } = await client.query<{ rows: string; md5: string }>(
      `select count(*) as rows, md5(coalesce(string_agg(h, '' order by h), '')) as md5
         from (select md5(row(${columns})::text) as h from ${client.escapeIdentifier(table.name)}) as hashed`,
    )
    result.push({ name: table.name, rows: Number(rows[0]?.rows ?? 0), md5: rows[0]?.md5 ?? '' })
  }
  return result
}

/** The tables of the portal's schema with their columns (generated columns left out: PostgreSQL computes them). */
export async function listTables(client: pg.ClientBase): Promise<Array<{ name: string; columns: string[] }>> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = 'public' and c.relkind = 'r'
      group by c.relname
      order by c.relname`,
  )
  return rows
}
