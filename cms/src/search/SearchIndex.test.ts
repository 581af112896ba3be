import { describe, expect, it } from 'vitest'
import { buildSearchDocument as buildDocument } from './buildSearchDocument'
import { anonymousReader, type Reader } from './Reader'
import { SearchIndex } from './SearchIndex'
import { searchLibrary } from './searchLibrary'
import { searchParamsSchema } from './searchParams'
import { suggestTitles } from './suggestTitles'

const search = (index: SearchIndex, q: string, reader: Reader = anonymousReader, extra: Record<string, string> = {}) =>
  searchLibrary({ index, reader, params: searchParamsSchema.parse({ q, ...extra }) })

describe('searchLibrary', () => {
  it('finds every item containing the phrase and no item that only has its characters apart', () => {
    const index = new SearchIndex([
      buildDocument({ slug: 'match', body: '各级党组织要加强党建工作。' }),
      buildDocument({ slug: 'apart', body: '党组织建设工作，党建设。' }),
    ])
    expect(search(index, '党建工作').results.map((result) => result.slug)).toEqual(['match'])
  })

  it('finds substrings cut from longer words and numbers', () => {
    const index = new SearchIndex([buildDocument({ slug: 'year', body: '2024年的学习计划与5G网络' })])
    for (const q of ['24年', '4年的', '年的学', 'g网', '5g', '的', '02']) expect(search(index, q).total, q).toBe(1)
  })

  it('ranks the exact phrase in a title first, then title, then summary, then body, newest first on a tie', () => {
    const index = new SearchIndex([
      buildDocument({ slug: 'body-old', body: '关于党建工作', publishedAt: 1 }),
      buildDocument({ slug: 'body-new', body: '关于党建工作', publishedAt: 2 }),
      buildDocument({ slug: 'summary', summary: '党建工作要点' }),
      buildDocument({ slug: 'title', title: '党建工作要点' }),
    ])
    expect(search(index, '党建工作').results.map((result) => result.slug)).toEqual(['title', 'summary', 'body-new', 'body-old'])
  })

  it('ranks a query of several parts by where every part lies, though one part also occurs in the title', () => {
    const index = new SearchIndex([
      buildDocument({ slug: 'summary', title: '党建', summary: '党建与工作', publishedAt: 1 }),
      buildDocument({ slug: 'body', body: '党建与工作', publishedAt: 2 }),
      buildDocument({ slug: 'title', title: '工作中的党建', publishedAt: 0 }),
    ])
    expect(search(index, '党建 工作').results.map((result) => result.slug)).toEqual(['title', 'summary', 'body'])
  })

  it('finds simplified text from traditional characters and pinyin', () => {
    const index = new SearchIndex([buildDocument({ slug: 'dj', title: '加强党建工作', body: '党建引领基层治理' })])
    for (const q of ['黨建', 'dangjian', 'djgz'])
      expect(
        search(index, q).results.map((result) => result.slug),
        q,
      ).toEqual(['dj'])
  })

  it('escapes item text in snippets and marks every match', () => {
    const index = new SearchIndex([buildDocument({ body: '<b>党建</b> & 党建' })])
    expect(search(index, '党建').results[0]?.snippet).toBe('&lt;b&gt;<mark>党建</mark>&lt;/b&gt; &amp; <mark>党建</mark>')
  })

  it('shows each reader only what they may read, in results, totals, facets and suggestions', () => {
    const index = new SearchIndex([
      buildDocument({ slug: 'public', title: '党建公开' }),
      buildDocument({ slug: 'members', title: '党建党员', visibility: 'members' }),
      buildDocument({ slug: 'org', title: '党建支部', visibility: 'organizations', organizationIds: [7] }),
    ])
    const seen = (reader: Reader) =>
      search(index, '党建', reader)
        .results.map((result) => result.slug)
        .sort()
    expect(seen(anonymousReader)).toEqual(['public'])
    expect(search(index, '党建').facets.type).toEqual([{ value: 'articles', label: 'articles', count: 1 }])
    expect(seen({ kind: 'member', organizationIds: [3] })).toEqual(['members', 'public'])
    expect(seen({ kind: 'member', organizationIds: [7, 1] })).toEqual(['members', 'org', 'public'])
    expect(seen({ kind: 'staff' })).toEqual(['members', 'org', 'public'])
    expect(suggestTitles({ index, reader: anonymousReader, params: { q: '党建', limit: 8 } }).map((s) => s.url)).toEqual([
      '/articles/public',
    ])
  })

  it('counts each facet with the other filters applied', () => {
    const index = new SearchIndex([
      buildDocument({ type: 'articles', body: '党建', publishedAt: Date.UTC(2024, 5, 1) }),
      buildDocument({ type: 'policies', body: '党建', publishedAt: Date.UTC(2025, 5, 1), issuer: '市委组织部', validity: 'current' }),
    ])
    const { facets, total } = search(index, '党建', anonymousReader, { type: 'policies' })
    expect(total).toBe(1)
    expect(facets.type.map((facet) => [facet.value, facet.count])).toEqual([
      ['policies', 1],
      ['articles', 1],
    ])
    expect(facets.year).toEqual([{ value: '2025', label: '2025', count: 1 }])
  })

  it('reflects an edit or removal at once, also for a query answered before', () => {
    const doc = buildDocument({ body: '旧的说法' })
    const index = new SearchIndex([doc])
    expect(search(index, '旧的').total).toBe(1)
    expect(search(index, '新的').total).toBe(0)
    index.upsert({ ...doc, body: '新的说法' })
    expect(search(index, '旧的').total).toBe(0)
    expect(search(index, '新的').total).toBe(1)
    index.remove(doc)
    expect(search(index, '新的').total).toBe(0)
  })
})
