import pg from 'pg'

/** Counters of PostgreSQL's own background work at one moment. */
export interface DatabaseActivity {
  /** Autovacuum and autoanalyze runs so far, per table. */
  maintenance: Map<string, number>
  checkpoints: number
  walBytes: number
}

/** Reads the counters, so two readings tell what PostgreSQL did in between besides serving queries. */
export function readDatabaseActivity(databaseUrl: string): Promise<DatabaseActivity> {
  return withClient(databaseUrl, async (client) => {
    const tables = await client.query<{ relname: string; runs: string }>(
      'select relname, autovacuum_count + autoanalyze_count as runs from pg_stat_user_tables',
    )
    const checkpoints = await client.query<{ count: string }>('select num_timed + num_requested as count from pg_stat_checkpointer')
    const wal = await client.query<{ bytes: string }>('select wal_bytes as bytes from pg_stat_wal')
    return {
      maintenance: new Map(tables.rows.map((row) => [row.relname, Number(row.runs)])),
      checkpoints: Number(checkpoints.rows[0]?.count ?? 0),
      walBytes: Number(wal.rows[0]?.bytes ?? 0),
    }
  })
}

/**
 * Vacuums and analyzes the whole database, as pgbench does before a run: the maintenance that loading
 * the sample data and creating the members calls for is then done, not left to autovacuum in the middle
 * of the measurement.
 */
export async function settleDatabase(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (client) => client.query('vacuum (analyze)'))
}

/** What happened between two readings, in words (for the benchmark's log). */
export function describeDatabaseActivity(before: DatabaseActivity, after: DatabaseActivity): string {
  const maintained = [...after.maintenance]
    .map(([table, runs]) => [table, runs - (before.maintenance.get(table) ?? 0)] as const)
    .filter(([, runs]) => runs > 0)
    .map(([table, runs]) => `${table} ×${runs}`)
  const walMegabytes = (after.walBytes - before.walBytes) / 1024 / 1024
  return [
    `自动清理/分析 ${maintained.length ? maintained.join('，') : '无'}`,
    `检查点 ${after.checkpoints - before.checkpoints} 次`,
    `写入 WAL ${walMegabytes.toFixed(0)} MB（约 ${Math.round(walMegabytes / 16)} 个 16 MB 段）`,
  ].join('；')
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
