import type { Pool, PoolClient } from 'pg'
import { withTransaction } from './withTransaction'

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
