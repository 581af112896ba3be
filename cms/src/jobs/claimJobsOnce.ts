import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

/**
 * Makes Payload's job claim atomic, so a job runs once however many instances run jobs.
 *
 * Payload 3.90 claims due jobs (`runJobs`, by queue or by id) with the adapter's `updateJobs`
 * `{ processing: true }`: it SELECTs the due jobs, then UPDATEs each by id with no condition, so two
 * runners that select before either commits both claim, and both run, every job (shown by
 * tests/integration/jobsExactlyOnce.test.ts). Here a claim first takes the rows with one conditional
 * UPDATE (`processing = false`, not completed): PostgreSQL's row lock makes a second claimant wait for
 * the first to commit and then re-check the condition, so each job goes to exactly one runner. Only
 * what was taken is handed to Payload's own update, which writes the rest and returns its job shape.
 */
export function withJobsClaimedOnce(adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const updateJobs = db.updateJobs.bind(db)
      db.updateJobs = async (claim: UpdateJobsArgs) => {
        if (claim.data.processing !== true) return updateJobs(claim)
        const candidates = claim.id
          ? [claim.id]
          : (
              await db.find({
                collection: 'payload-jobs',
                where: claim.where,
                limit: claim.limit,
                sort: claim.sort,
                pagination: false,
                req: claim.req,
              })
            ).docs.map((job) => job.id)
        const taken = await takeJobs(db, claim.req, candidates)
        if (taken.length === 0) return claim.returning === false ? null : []
        return updateJobs({ data: claim.data, req: claim.req, returning: claim.returning, sort: claim.sort, where: { id: { in: taken } } })
      }
      return db
    },
  }
}

/** Marks the jobs among `ids` that nobody is running and that have not completed as processing, in the claim's transaction; answers their ids. */
async function takeJobs(db: PostgresAdapter, req: UpdateJobsArgs['req'], ids: Array<number | string>): Promise<number[]> {
  if (ids.length === 0) return []
  const transactionId = req?.transactionID ? await req.transactionID : undefined
  const handle = (transactionId !== undefined && db.sessions[transactionId]?.db) || db.drizzle
  const numericIds = ids.map(Number)
  const result = await handle.execute<{ id: number }>(
    sql`update payload_jobs set processing = true, updated_at = now()
         where id in ${numericIds} and processing = false and completed_at is null
         returning id`,
  )
  return result.rows.map((row) => Number(row.id))
}
