import type { Pool } from 'pg'
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
  const { rows } = await pool.query<{ queued: number; running: number; failed: number }>(
    `select count(*) filter (where completed_at is null and not coalesce(processing, false) and not coalesce(has_error, false))::int as queued,
            count(*) filter (where processing)::int as running,
            count(*) filter (where has_error)::int as failed
       from payload_jobs`,
  )
  const counts = rows[0] ?? { queued: 0, running: 0, failed: 0 }
  jobs.labels('queued').set(counts.queued)
  jobs.labels('running').set(counts.running)
  jobs.labels('failed').set(counts.failed)
}
