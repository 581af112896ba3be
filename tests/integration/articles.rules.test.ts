import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('article rules', () => {
  it('stamps the publish date when an article is first published without one', async () => {
    const before = Date.now()
    const article = await payload.create({ collection: 'articles', data: buildArticle({ publishedAt: null, _status: 'published' }) })
    expect(new Date(article.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('keeps the publish date an editor chose', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: buildArticle({ publishedAt: '2026-06-30T00:00:00.000Z', _status: 'published' }),
    })
    expect(article.publishedAt).toBe('2026-06-30T00:00:00.000Z')
  })

  it('refuses an unreadable slug with a Chinese message and saves nothing', async () => {
    const data = buildArticle({ slug: '学习 笔记!', _status: 'published' })
    await expect(payload.create({ collection: 'articles', data })).rejects.toThrow(/网址别名/)
    expect((await payload.count({ collection: 'articles', where: { title: { equals: data.title } } })).totalDocs).toBe(0)
  })

  it('refuses a second article with the same slug and leaves the first untouched', async () => {
    const first = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
    await expect(
      payload.create({ collection: 'articles', data: buildArticle({ slug: first.slug, title: '重复', _status: 'published' }) }),
    ).rejects.toThrow()
    const still = await payload.findByID({ collection: 'articles', id: first.id })
    expect(still.title).toBe(first.title)
  })
})
