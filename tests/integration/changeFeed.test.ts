import { ChangeFeed } from '@xuexi/contract/changes/ChangeFeed'
import type { ContentChange } from '@xuexi/contract/changes/ContentChange'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

// The feed against the real trigger and record: writes by plain SQL on other connections, as any
// process (importer, another instance, psql) would make them.
const databaseUrl = () => inject('databaseUrl')
const withinTwoSeconds = { timeout: 2_000, interval: 50 }

let writer: pg.Client
let feed: ChangeFeed | undefined
let topicSlugs = 0

beforeAll(async () => {
  writer = new pg.Client({ connectionString: databaseUrl() })
  await writer.connect()
})

afterEach(async () => {
  await feed?.stop()
  feed = undefined
})

afterAll(async () => {
  await writer.end()
})

async function startFeed(name: string, backoff = { initialMs: 100, maxMs: 2_000 }): Promise<ContentChange[]> {
  const applied: ContentChange[] = []
  feed = new ChangeFeed({
    connectionString: databaseUrl(),
    name,
    apply: async (changes) => {
      applied.push(...changes)
    },
    warn: () => undefined,
    backoff,
  })
  await feed.start()
  return applied
}

async function insertTopic(client: pg.Client): Promise<number> {
  const slug = `feed-topic-${process.pid}-${++topicSlugs}`
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO topics (title, slug, updated_at, created_at) VALUES ($1, $1, now(), now()) RETURNING id`,
    [slug],
  )
  return rows[0]?.id as number
}

const topicIds = (applied: ContentChange[]) => applied.filter((change) => change.collection === 'topics').map((change) => change.id)

describe('the change feed', () => {
  it('applies a row written by SQL on another connection once, within 2 seconds of commit', async () => {
    const applied = await startFeed('feed-test-plain')
    const id = await insertTopic(writer)
    await writer.query('UPDATE topics SET title = title WHERE id = $1', [id])
    await expect.poll(() => topicIds(applied), withinTwoSeconds).toEqual([id, id])
    expect(applied.filter((change) => change.id === id).map((change) => change.op)).toEqual(['insert', 'update'])
  })

  it('records one change per document and transaction, however many rows the transaction writes', async () => {
    const applied = await startFeed('feed-test-once')
    await writer.query('BEGIN')
    const id = await insertTopic(writer)
    for (let round = 0; round < 5; round++) await writer.query('UPDATE topics SET title = $1 WHERE id = $2', [`第${round}次`, id])
    await writer.query('COMMIT')
    await expect.poll(() => topicIds(applied), withinTwoSeconds).toEqual([id])
  })

  it('catches up with a transaction that committed while its connection was cut, though a later one was seen first', async () => {
    // A slow first retry, so the test can write while the feed is certainly not connected.
    const applied = await startFeed('feed-test-cut', { initialMs: 1_000, maxMs: 2_000 })
    const early = new pg.Client({ connectionString: databaseUrl() })
    await early.connect()
    try {
      // The early transaction takes its id first and commits last, after the feed has seen a later one.
      await early.query('BEGIN')
      const earlyId = await insertTopic(early)
      const laterId = await insertTopic(writer)
      await expect.poll(() => topicIds(applied), withinTwoSeconds).toEqual([laterId])

      await writer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'feed-test-cut'`)
      await expect.poll(() => feed?.live, withinTwoSeconds).toBe(false)
      await early.query('COMMIT')
      const whileCut = await insertTopic(writer)

      await expect
        .poll(() => topicIds(applied).sort((a, b) => a - b), withinTwoSeconds)
        .toEqual([earlyId, laterId, whileCut].sort((a, b) => a - b))
      await expect.poll(() => feed?.live, withinTwoSeconds).toBe(true)
    } finally {
      await early.end()
    }
  })

  it('hands over each batch with a horizon below which every recorded change has been handed over', async () => {
    const { rows: before } = await writer.query<{ last: string }>('SELECT coalesce(max(id), 0)::text AS last FROM content_changes')
    const handed: Array<{ below: string; changes: Set<string> }> = []
    const seen = new Set<string>()
    feed = new ChangeFeed({
      connectionString: databaseUrl(),
      name: 'feed-test-below',
      apply: async (changes, below) => {
        for (const change of changes) seen.add(change.change)
        handed.push({ below, changes: new Set(seen) })
      },
      warn: () => undefined,
    })
    await feed.start()
    // More rows than one catch-up batch (2,000) in one transaction, then a small one.
    const prefix = `feed-below-${process.pid}-${++topicSlugs}`
    await writer.query(
      `INSERT INTO topics (title, slug, updated_at, created_at) SELECT $1 || n, $1 || n, now(), now() FROM generate_series(1, 2500) AS n`,
      [prefix],
    )
    const last = await insertTopic(writer)
    await expect.poll(() => handed.at(-1)?.changes.size, withinTwoSeconds).toBeGreaterThanOrEqual(2501)
    // This test's own rows: other test files write to the same database at the same time, some in
    // transactions older than the feed's first horizon, which the feed never claims to hand over.
    for (const { below, changes } of handed) {
      const { rows } = await writer.query<{ change: string }>(
        `SELECT c.id::text AS change FROM content_changes c
         WHERE c.id > $1::bigint AND c.tx < $2::xid8 AND c.collection = 'topics'
           AND c.doc_id IN (SELECT id FROM topics WHERE slug LIKE $3 || '%' OR id = $4)`,
        [before[0]?.last, below, prefix, last],
      )
      expect(rows.filter((row) => !changes.has(row.change))).toEqual([])
    }
    const { rows: newest } = await writer.query<{ tx: string }>(
      `SELECT tx::text FROM content_changes WHERE collection = 'topics' AND doc_id = $1`,
      [last],
    )
    // A batch that is not its catch-up's last is handed over with its last transaction as the horizon, and
    // an empty last batch is not handed over at all: the horizon reaches the newest transaction, and passes
    // it only with the next change (that transaction is then re-read once after a restart, harmlessly).
    expect(BigInt(handed.at(-1)?.below ?? 0)).toBeGreaterThanOrEqual(BigInt(newest[0]?.tx ?? 0))
  })
})
