import type { Pool } from '../database/databaseOf'
import { jobCounts } from '../database/payloadTables'
import { cmsMetrics } from './registry'

/**
 * Sets the scrape-time gauges that come from PostgreSQL: the pool's use (no query) and the job
 * queue, read from Payload's jobs table in one query (finished jobs stay in it, see payload.config.ts,
 * and are few: campaign exports).
 */
export async function observeDatabase(pool: Pool): Promise<void> {
  const { databasePool, jobs } = cmsMetrics
  databasePool.labels('total').set(pool.totalCount)
  databasePool.labels('idle').set(pool.idleCount)
  databasePool.labels('waiting').set(pool.waitingCount)
  const counts = await jobCounts(pool)
  jobs.labels('queued').set(counts.queued)
  jobs.labels('running').set(counts.running)
  jobs.labels('failed').set(counts.failed)
}
