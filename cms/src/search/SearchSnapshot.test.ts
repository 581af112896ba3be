import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSearchDocument as buildDocument } from './buildSearchDocument'
import { anonymousReader, type Reader } from './Reader'
import type { SearchDocument } from './SearchDocument'
import { SearchIndex } from './SearchIndex'
import { readSnapshot, SnapshotDamaged, snapshotFormat, writeSnapshot, writeSnapshotSync } from './SearchSnapshot'
import { searchLibrary } from './searchLibrary'
import { searchParamsSchema, suggestParamsSchema } from './searchParams'
import { suggestTitles } from './suggestTitles'

const directory = await mkdtemp(path.join(tmpdir(), 'search-snapshot-'))
afterAll(() => rm(directory, { recursive: true, force: true }))
const meta = { fingerprint: 'test-db', horizon: '1234', takenAt: Date.now() }

// Long bodies (several postings blocks each), traditional characters and full-width punctuation (the
// stored original differs from the normalized text), every visibility, topics and policy facets.
const longBody = (seed: number) =>
  Array.from({ length: 40 }, (_, line) => `第${seed}篇第${line}段：加強黨建工作，推进「三会一课」ＡＢＣ。`).join('\n')
const documents = (): SearchDocument[] => [
  buildDocument({ slug: 'public-long', title: '党建工作要点', summary: '要点\n党建', body: longBody(1) }),
  buildDocument({ slug: 'members', visibility: 'members', body: `${longBody(2)}会员专享学习材料` }),
  buildDocument({ slug: 'org-a', visibility: 'organizations', organizationIds: [7], body: '仅限七号支部的学习材料' }),
  buildDocument({ slug: 'org-b', visibility: 'organizations', organizationIds: [8], body: '仅限八号支部的学习材料' }),
  buildDocument({
    type: 'policies',
    slug: 'policy',
    title: '關於加強基層黨組織建設的意見',
    issuer: '中共中央办公厅',
    validity: 'current',
    topics: [{ slug: 'zuzhi', title: '组织建设' }],
    body: longBody(3),
  }),
  buildDocument({ type: 'videos', slug: 'video', title: 'Dangjian 2024 视频', body: '2024年的学习计划与5G网络' }),
]

const readers: Reader[] = [
  anonymousReader,
  { kind: 'member', organizationIds: [7] },
  { kind: 'member', organizationIds: [] },
  { kind: 'staff' },
]
const queries = [
  '党建工作',
  '加强党建',
  '学习材料',
  '会员专享',
  '三会一课',
  'abc',
  '24年',
  '5g',
  '第2篇',
  '意见',
  '黨組織',
  'dangjian',
  'djgz',
  '的',
]

// Everything a reader can get from the index: results with snippets, totals, facets and suggestions.
function answers(index: SearchIndex): unknown[] {
  return readers.flatMap((reader) =>
    queries.flatMap((q) => [
      searchLibrary({ index, reader, params: searchParamsSchema.parse({ q, limit: 50 }) }),
      searchLibrary({ index, reader, params: searchParamsSchema.parse({ q, type: 'policies' }) }),
      suggestTitles({ index, reader, params: suggestParamsSchema.parse({ q }) }),
    ]),
  )
}

async function roundTrip(index: SearchIndex, file: string): Promise<SearchIndex> {
  await writeSnapshot(file, index.capture(), meta)
  const read = await readSnapshot(file)
  expect(read?.meta).toEqual(meta)
  return SearchIndex.restore(read?.state as never)
}

// Files are written and read: on a busy shared machine that can take longer than the default 5 s.
describe('search index snapshots', { timeout: 30_000 }, () => {
  it('loads into an index that answers every reader exactly as a fresh build does', async () => {
    const fresh = new SearchIndex(documents(), 2)
    const restored = await roundTrip(fresh, path.join(directory, 'fresh.bin'))
    expect(answers(restored)).toEqual(answers(fresh))
    expect(answers(restored).length).toBeGreaterThan(0)
  })

  it('writes a loaded index again unchanged, before its texts and title shards were ever used', async () => {
    const fresh = new SearchIndex(documents(), 2)
    const loaded = await roundTrip(fresh, path.join(directory, 'first.bin'))
    const again = await roundTrip(loaded, path.join(directory, 'again.bin'))
    expect(await readFile(path.join(directory, 'again.bin'))).toEqual(await readFile(path.join(directory, 'first.bin')))
    expect(answers(again)).toEqual(answers(fresh))
  })

  it('keeps the changes made to a running index, and visibility changes hide items again after loading', async () => {
    const docs = documents()
    const index = new SearchIndex(docs, 2)
    const [first, members] = docs as [SearchDocument, SearchDocument]
    index.upsert({ ...members, visibility: 'organizations', organizationIds: [8] })
    index.upsert({ ...first, body: '改写后的正文只谈红色家风' })
    index.remove(docs[5] as SearchDocument)
    index.upsert(buildDocument({ slug: 'added', body: '新增条目谈红色家风' }))
    const restored = await roundTrip(index, path.join(directory, 'changed.bin'))
    expect(answers(restored)).toEqual(answers(index))
    const slugs = (q: string, reader: Reader) =>
      searchLibrary({ index: restored, reader, params: searchParamsSchema.parse({ q }) })
        .results.map((r) => r.slug)
        .sort()
    expect(slugs('会员专享', { kind: 'member', organizationIds: [] })).toEqual([])
    expect(slugs('会员专享', { kind: 'member', organizationIds: [8] })).toEqual(['members'])
    expect(slugs('红色家风', anonymousReader)).toEqual(['added', 'public-long'])
    expect(slugs('5g', anonymousReader)).toEqual([])
  })

  it('loads an index that took every item as a change (postings grown since the build) as it was', async () => {
    const docs = documents()
    const index = new SearchIndex([], 2)
    for (const doc of docs) index.upsert(doc)
    const restored = await roundTrip(index, path.join(directory, 'grown.bin'))
    expect(answers(restored)).toEqual(answers(new SearchIndex(docs, 2)))
    expect(answers(restored)).toEqual(answers(index))
  })

  it('loads what the synchronous exit-time writer wrote', async () => {
    const index = new SearchIndex(documents(), 2)
    const file = path.join(directory, 'sync.bin')
    writeSnapshotSync(file, index.capture(), meta)
    const read = await readSnapshot(file)
    expect(answers(SearchIndex.restore(read?.state as never))).toEqual(answers(index))
  })

  it('reports no snapshot when the file is missing, and a damaged one when it is cut off or altered', async () => {
    expect(await readSnapshot(path.join(directory, 'missing.bin'))).toBeUndefined()
    const file = path.join(directory, 'damaged.bin')
    await writeSnapshot(file, new SearchIndex(documents()).capture(), meta)
    const whole = await readFile(file)
    await truncate(file, Math.floor(whole.length / 2))
    await expect(readSnapshot(file)).rejects.toBeInstanceOf(SnapshotDamaged)
    const altered = Buffer.from(whole)
    altered[200] = (altered[200] as number) ^ 0xff
    await writeFile(file, altered)
    await expect(readSnapshot(file)).rejects.toBeInstanceOf(SnapshotDamaged)
    await writeFile(file, 'not a snapshot at all')
    await expect(readSnapshot(file)).rejects.toBeInstanceOf(SnapshotDamaged)
  })

  it('tells which format a snapshot was written in', async () => {
    const file = path.join(directory, 'format.bin')
    await writeSnapshot(file, new SearchIndex(documents()).capture(), meta)
    expect((await readSnapshot(file))?.format).toBe(snapshotFormat)
  })
})
