import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { changedSince } from '../../cms/src/changes/changedSince'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { LiveSearchIndex, type LiveSearchIndexOptions } from '../../cms/src/search/LiveSearchIndex'
import { anonymousReader, type Reader } from '../../cms/src/search/Reader'
import { SearchIndex } from '../../cms/src/search/SearchIndex'
import { readSnapshot, writeSnapshot } from '../../cms/src/search/SearchSnapshot'
import { searchLibrary } from '../../cms/src/search/searchLibrary'
import { searchParamsSchema } from '../../cms/src/search/searchParams'
import { buildArticle, lexicalBody, uniqueId } from '../support/factories'
import { testPayload } from '../support/testPayload'

// An instance's search index across restarts: each LiveSearchIndex is one run of the CMS's index
// (stopping it stops it following changes, as a stopped CMS does); the next one starts from the
// snapshot file the previous one wrote, on the same real database.
let payload: Payload
const running: LiveSearchIndex[] = []
const directory = path.join(inject('dataDir'), 'search-restart')

beforeAll(async () => {
  payload = await testPayload()
  await mkdir(directory, { recursive: true })
})

afterEach(async () => {
  for (const live of running.splice(0)) await live.stop()
})

const snapshotFile = () => path.join(directory, `${uniqueId()}.snapshot`)
const phraseFor = () => `重启检索短语${uniqueId().replace(/\d/g, (digit) => '零一二三四五六七八九'[Number(digit)] as string)}`

/** One run of the index on `file`; `options.payload` stands for the process's Payload starting (at once unless given). */
function startIndex(file: string, options: Partial<LiveSearchIndexOptions> = {}): LiveSearchIndex {
  const live = new LiveSearchIndex({
    pool: databaseOf(payload),
    payload: Promise.resolve(payload),
    log: payload.logger,
    snapshotFile: file,
    name: `restart-test-${uniqueId()}`,
    ...options,
  })
  running.push(live)
  return live
}

async function stopIndex(live: LiveSearchIndex): Promise<void> {
  await live.stop()
  running.splice(running.indexOf(live), 1)
}

/** One run of an index on `file`: started, snapshot written, stopped. */
async function runAndSnapshot(file: string): Promise<void> {
  const live = startIndex(file)
  await live.index()
  await live.writeSnapshot()
  await stopIndex(live)
}

function slugsFound(index: SearchIndex, phrase: string, reader: Reader = anonymousReader): string[] {
  return searchLibrary({ index, reader, params: searchParamsSchema.parse({ q: phrase, limit: 50 }) })
    .results.map((result) => result.slug)
    .sort()
}

async function publish(phrase: string, slug: string) {
  return payload.create({
    collection: 'articles',
    data: buildArticle({ _status: 'published', slug, body: lexicalBody(`正文里有${phrase}。`) }),
  })
}

describe('search index across restarts', () => {
  it('starts from its snapshot and finds what was published, edited, restricted and deleted while it was stopped', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    const slug = (name: string) => `${name}-${uniqueId()}`
    const kept = await publish(phrase, slug('kept'))
    const edited = await publish(phrase, slug('edited'))
    const deleted = await publish(phrase, slug('deleted'))
    const restricted = await publish(phrase, slug('restricted'))

    const first = startIndex(file)
    expect(slugsFound(await first.index(), phrase)).toEqual([deleted.slug, edited.slug, kept.slug, restricted.slug].sort())
    expect(first.origin).toBe('database')
    await first.writeSnapshot()
    await stopIndex(first)

    // While no index runs: the Local API and plain SQL on another connection, as an importer or psql would.
    await payload.update({ collection: 'articles', id: edited.id, data: { body: lexicalBody('改写后不再提那句话。') } })
    await payload.delete({ collection: 'articles', id: deleted.id })
    const added = await publish(phrase, slug('added'))
    await databaseOf(payload).query(`UPDATE articles SET visibility = 'members' WHERE id = $1`, [restricted.id])

    const second = startIndex(file)
    const index = await second.index()
    expect(second.origin).toBe('snapshot')
    // Searchable at once; what changed is hidden until it is re-read, so nobody sees an old version.
    expect(slugsFound(index, phrase, { kind: 'staff' })).toEqual([kept.slug])
    await second.caughtUp()
    expect(slugsFound(index, phrase)).toEqual([added.slug, kept.slug].sort())
    expect(slugsFound(index, phrase, { kind: 'member', organizationIds: [] })).toEqual([added.slug, kept.slug, restricted.slug].sort())
  })

  it('serves its snapshot before Payload has started, hiding items changed since until Payload re-reads them', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    const slug = (name: string) => `${name}-${uniqueId()}`
    const kept = await publish(phrase, slug('kept'))
    const restricted = await publish(phrase, slug('restricted'))
    const unpublished = await publish(phrase, slug('unpublished'))
    await runAndSnapshot(file)

    // While no index runs: SQL by hand makes one item members-only, the Local API unpublishes another and publishes one.
    await databaseOf(payload).query(`UPDATE articles SET visibility = 'members' WHERE id = $1`, [restricted.id])
    await payload.update({ collection: 'articles', id: unpublished.id, data: { _status: 'draft' } })
    const added = await publish(phrase, slug('added'))

    let payloadStarted: (started: Payload) => void = () => undefined
    const next = startIndex(file, { payload: new Promise<Payload>((resolve) => (payloadStarted = resolve)) })
    const index = await next.index()
    expect(next.origin).toBe('snapshot')
    // Searchable with Payload not started: what did not change is found; what changed is nobody's until re-read.
    expect(slugsFound(index, phrase)).toEqual([kept.slug])
    expect(slugsFound(index, phrase, { kind: 'staff' })).toEqual([kept.slug])

    payloadStarted(payload)
    await next.caughtUp()
    expect(slugsFound(index, phrase)).toEqual([added.slug, kept.slug].sort())
    expect(slugsFound(index, phrase, { kind: 'member', organizationIds: [] })).toEqual([added.slug, kept.slug, restricted.slug].sort())
  })

  it('asks for Payload at once when there is no snapshot, and builds once Payload has started', async () => {
    const phrase = phraseFor()
    const published = await publish(phrase, `no-snapshot-${uniqueId()}`)
    let payloadStarted: (started: Payload) => void = () => undefined
    const live = startIndex(snapshotFile(), { payload: new Promise<Payload>((resolve) => (payloadStarted = resolve)) })
    const index = live.index()
    // Nothing to serve without Payload: the process must not wait before loading it.
    await live.snapshotTried()
    expect(live.origin).toBeUndefined()

    payloadStarted(payload)
    expect(slugsFound(await index, phrase)).toEqual([published.slug])
    expect(live.origin).toBe('database')
  })

  it('asks for Payload only once its snapshot is searchable', async () => {
    const file = snapshotFile()
    await runAndSnapshot(file)
    const live = startIndex(file, { payload: new Promise<Payload>(() => undefined) })
    void live.index()
    await live.snapshotTried()
    expect(live.origin).toBe('snapshot')
  })

  it('writes a snapshot once changes stop coming, and the next start needs nothing re-read', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    await runAndSnapshot(file)
    const before = await readSnapshot(file)

    const live = startIndex(file, { snapshotQuietMs: 200 })
    await live.index()
    const later = await publish(phrase, `quiet-${uniqueId()}`)
    await expect
      .poll(async () => (await readSnapshot(file))?.meta.takenAt ?? 0, { timeout: 10_000, interval: 100 })
      .toBeGreaterThan(before?.meta.takenAt ?? 0)
    await stopIndex(live)

    const read = await readSnapshot(file)
    if (!read) throw new Error('no snapshot written')
    expect(slugsFound(SearchIndex.restore(read.state), phrase)).toEqual([later.slug])
  })

  it('records a horizon past every change the snapshot holds, so the next start re-reads none of them', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    await runAndSnapshot(file)
    // A snapshot after every re-read batch, as a burst of more than `snapshotAfterChanges` items writes one.
    const live = startIndex(file, { snapshotAfterChanges: 1 })
    await live.index()
    const published: Array<{ id: number; slug?: string | null }> = []
    for (let n = 0; n < 3; n++) {
      published.push(await publish(phrase, `horizon-${n}-${uniqueId()}`))
      const slugs = published.map((doc) => doc.slug).sort()
      await expect
        .poll(
          async () => {
            const read = await readSnapshot(file)
            return read ? slugsFound(SearchIndex.restore(read.state), phrase) : []
          },
          { timeout: 10_000, interval: 50 },
        )
        .toEqual(slugs)
    }
    await live.caughtUp()
    await stopIndex(live)

    const read = await readSnapshot(file)
    if (!read) throw new Error('no snapshot written')
    const ids = new Set(published.map((doc) => doc.id))
    const toReread = await changedSince(databaseOf(payload), read.meta.horizon)
    expect(toReread.filter((doc) => doc.collection === 'articles' && ids.has(doc.id))).toEqual([])
  })

  it('follows changes after starting from a snapshot and saves them in the next one', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    await runAndSnapshot(file)

    const second = startIndex(file)
    const index = await second.index()
    expect(second.origin).toBe('snapshot')
    const later = await publish(phrase, `later-${uniqueId()}`)
    await expect.poll(() => slugsFound(index, phrase), { timeout: 2_000, interval: 50 }).toEqual([later.slug])
    await second.writeSnapshot()
    await stopIndex(second)

    const third = startIndex(file)
    await third.caughtUp()
    expect(slugsFound(await third.index(), phrase)).toEqual([later.slug])
    expect(third.origin).toBe('snapshot')
  })

  it('builds from the database when the snapshot is damaged, and replaces the damaged file', async () => {
    const phrase = phraseFor()
    const item = await publish(phrase, `damaged-${uniqueId()}`)
    const file = snapshotFile()
    await runAndSnapshot(file)
    const whole = await readFile(file)
    await writeFile(file, whole.subarray(0, Math.floor(whole.length / 3)))

    const second = startIndex(file)
    expect(slugsFound(await second.index(), phrase)).toEqual([item.slug])
    expect(second.origin).toBe('database')
    await expect.poll(() => readSnapshot(file).then((read) => read?.meta.horizon), { timeout: 10_000 }).toMatch(/^\d+$/)
  })

  it('does not load a snapshot of another database, one older than the change record, or one whose horizon lies ahead', async () => {
    const phrase = phraseFor()
    const file = snapshotFile()
    await runAndSnapshot(file)
    const good = await readSnapshot(file)
    if (!good) throw new Error('no snapshot written')
    // Published after the snapshot, and its change record row then pruned: only a build finds it.
    const item = await publish(phrase, `refused-${uniqueId()}`)
    await databaseOf(payload).query(`DELETE FROM content_changes WHERE collection = 'articles' AND doc_id = $1`, [item.id])

    const stale = [
      { ...good.meta, fingerprint: 'another-database|2020-01-01|20200101_000000_initial' },
      { ...good.meta, takenAt: Date.now() - 8 * 24 * 3_600_000 },
      { ...good.meta, horizon: String(BigInt(good.meta.horizon) + 1_000_000_000n) },
    ]
    for (const meta of stale) {
      await writeSnapshot(file, good.state, meta)
      const next = startIndex(file)
      expect(slugsFound(await next.index(), phrase), JSON.stringify(meta)).toEqual([item.slug])
      expect(next.origin).toBe('database')
      await stopIndex(next)
    }
  })
})
