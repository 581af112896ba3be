import type { Pool, PoolClient } from 'pg'

/** Runs `work` in one transaction on a pooled connection: commits when it returns, rolls back when it throws. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken = false
  try {
    await client.query('begin')
    const result = await work(client)
    await client.query('commit')
    return result
  } catch (error) {
    // A connection that cannot even roll back (the database went away) is discarded, not reused.
    await client.query('rollback').catch(() => {
      broken = true
    })
    throw error
  } finally {
    client.release(broken)
  }
}

/**
 * Runs a large read in a transaction with more memory for sorts and hash tables (`work_mem`, for this
 * transaction only), so aggregating hundreds of thousands of rows does not spill to temporary files.
 */
export function withWorkMemory<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, memory = '64MB'): Promise<T> {
  return withTransaction(pool, async (client) => {
    await client.query(`select set_config('work_mem', $1, true)`, [memory])
    return work(client)
  })
}
