import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { readerFor } from '../../cms/src/search/readerFor'
import { searchLibrary } from '../../cms/src/search/searchLibrary'
import { searchParamsSchema } from '../../cms/src/search/searchParams'
import { searchIndexFor } from '../../cms/src/search/searchService'
import { suggestTitles } from '../../cms/src/search/suggestTitles'
import { buildArticle, buildPolicy, createOrganization, createUser, lexicalBody, uniqueId } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await searchIndexFor(payload)
})

// A phrase no other test item contains, so each test sees only its own items.
const phraseFor = () => `检索专用短语${uniqueId().replace(/\d/g, (digit) => '零一二三四五六七八九'[Number(digit)] as string)}`

async function slugsFound(phrase: string, user?: User | null): Promise<string[]> {
  const index = await searchIndexFor(payload)
  const response = searchLibrary({
    index,
    reader: await readerFor(payload, user),
    params: searchParamsSchema.parse({ q: phrase, limit: 50 }),
  })
  expect(response.total).toBe(response.results.length)
  return response.results.map((result) => result.slug).sort()
}

// Freshness: the index must show a change within 5 s of the write.
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 5_000, interval: 100 })

describe('search visibility', () => {
  it('gives anonymous readers public items, members also members-only items, and restricted items only to their organizations', async () => {
    const phrase = phraseFor()
    const committee = await createOrganization(payload, '检索测试党委')
    const branch = await createOrganization(payload, '检索测试支部', committee.id)
    const elsewhere = await createOrganization(payload, '其他党委')
    const body = lexicalBody(`正文里有${phrase}。`)
    const publicItem = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published', body }) })
    const membersItem = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', body, visibility: 'members' }),
    })
    const orgItem = await payload.create({
      collection: 'policies',
      data: buildPolicy({ _status: 'published', body, visibility: 'organizations', organizations: [committee.id] }),
    })
    const inBranch = await createUser(payload, 'member', { organization: branch.id })
    const outside = await createUser(payload, 'member', { organization: elsewhere.id })
    const editor = await createUser(payload, 'editor')
    const sorted = (...slugs: Array<string | null | undefined>) => slugs.map(String).sort()

    await eventually(async () => expect(await slugsFound(phrase)).toEqual(sorted(publicItem.slug)))
    expect(await slugsFound(phrase, outside)).toEqual(sorted(publicItem.slug, membersItem.slug))
    expect(await slugsFound(phrase, inBranch)).toEqual(sorted(publicItem.slug, membersItem.slug, orgItem.slug))
    expect(await slugsFound(phrase, editor)).toEqual(sorted(publicItem.slug, membersItem.slug, orgItem.slug))
  })

  it('never shows drafts: not in results, totals, facets, snippets or suggestions', async () => {
    const phrase = phraseFor()
    await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'draft', title: `草稿${phrase}`, body: lexicalBody(phrase) }),
      draft: true,
    })
    const published = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', body: lexicalBody('公开正文') }),
    })
    await payload.update({ collection: 'articles', id: published.id, data: { title: `未发布修改${phrase}` }, draft: true })
    const index = await searchIndexFor(payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const response = searchLibrary({ index, reader: { kind: 'staff' }, params: searchParamsSchema.parse({ q: phrase }) })
    expect(response.total).toBe(0)
    expect(Object.values(response.facets).flat()).toEqual([])
    expect(suggestTitles({ index, reader: { kind: 'staff' }, params: { q: phrase, limit: 8 } })).toEqual([])
  })
})

describe('search freshness', () => {
  it('reflects publish, edit, unpublish and delete within 5 seconds', async () => {
    const phrase = phraseFor()
    const edited = phraseFor()
    const item = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'draft', body: lexicalBody(phrase) }),
      draft: true,
    })
    expect(await slugsFound(phrase)).toEqual([])

    await payload.update({ collection: 'articles', id: item.id, data: { _status: 'published', reviewStatus: 'approved' } })
    await eventually(async () => expect(await slugsFound(phrase)).toEqual([item.slug]))

    await payload.update({
      collection: 'articles',
      id: item.id,
      data: { body: lexicalBody(edited), _status: 'published', reviewStatus: 'approved' },
    })
    await eventually(async () => {
      expect(await slugsFound(edited)).toEqual([item.slug])
      expect(await slugsFound(phrase)).toEqual([])
    })

    await payload.update({ collection: 'articles', id: item.id, data: { _status: 'draft' } })
    await eventually(async () => expect(await slugsFound(edited)).toEqual([]))

    await payload.update({ collection: 'articles', id: item.id, data: { _status: 'published', reviewStatus: 'approved' } })
    await eventually(async () => expect(await slugsFound(edited)).toEqual([item.slug]))
    await payload.delete({ collection: 'articles', id: item.id })
    await eventually(async () => expect(await slugsFound(edited)).toEqual([]))
  })
})
