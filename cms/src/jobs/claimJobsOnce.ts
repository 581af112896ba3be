import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload'
import { takeJobs } from '../database/payloadTables'
import { transactionDatabase } from '../database/requestDatabase'

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
        const taken = await takeJobs(await transactionDatabase(db, claim.req), candidates.map(Number))
        if (taken.length === 0) return claim.returning === false ? null : []
        return updateJobs({ data: claim.data, req: claim.req, returning: claim.returning, sort: claim.sort, where: { id: { in: taken } } })
      }
      return db
    },
  }
}
