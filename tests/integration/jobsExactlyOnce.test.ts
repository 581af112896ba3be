import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { buildArticle, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

/** Approved drafts, each with a scheduled publication that is already due. */
async function dueScheduledPublications(count: number): Promise<{ articleIds: number[]; jobIds: number[] }> {
  const reviewer = await createUser(payload, 'reviewer')
  const articleIds: number[] = []
  const jobIds: number[] = []
  for (let index = 0; index < count; index += 1) {
    const article = await payload.create({
      collection: 'articles',
      data: buildArticle({ reviewStatus: 'approved', _status: 'draft' }),
      draft: true,
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1_000),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(article.id) },
        user: { relationTo: 'users', value: reviewer.id },
      },
    } as Parameters<Payload['jobs']['queue']>[0])
    articleIds.push(article.id)
    jobIds.push(Number(job.id))
  }
  return { articleIds, jobIds }
}

const countsBy = async (query: string, ids: number[]): Promise<number[]> => {
  const { rows } = await pool.query<{ id: number; n: string }>(query, [ids])
  return ids.map((id) => Number(rows.find((row) => row.id === id)?.n ?? 0))
}

describe('jobs run exactly once', () => {
  it('runs each due job once when several runners (instances) race for the same queue', async () => {
    const { articleIds, jobIds } = await dueScheduledPublications(12)
    // Each runner is what one instance's cron does; by id is what the instance that queued an export does.
    await Promise.all([
      payload.jobs.run({ queue: 'default', limit: 50 }),
      payload.jobs.run({ queue: 'default', limit: 50 }),
      payload.jobs.run({ queue: 'default', limit: 50 }),
      payload.jobs.runByID({ id: jobIds[0] as number }),
      payload.jobs.runByID({ id: jobIds[5] as number }),
    ])
    // Nothing is left for a later run either.
    await payload.jobs.run({ queue: 'default', limit: 50 })

    const runs = await countsBy(
      `select _parent_id as id, count(*) as n from payload_jobs_log where _parent_id = any($1) group by 1`,
      jobIds,
    )
    expect(runs).toEqual(jobIds.map(() => 1))
    const publications = await countsBy(
      `select parent_id as id, count(*) as n from _articles_v where parent_id = any($1) and version__status = 'published' group by 1`,
      articleIds,
    )
    expect(publications).toEqual(articleIds.map(() => 1))
    const { rows } = await pool.query<{ done: string }>(
      `select count(*) as done from payload_jobs where id = any($1) and completed_at is not null and not processing`,
      [jobIds],
    )
    expect(Number(rows[0]?.done)).toBe(jobIds.length)
  })
})
