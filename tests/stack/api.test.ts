import type { Article } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle } from '../support/factories'

interface List {
  docs: Array<Pick<Article, 'id' | 'slug' | 'title' | '_status'>>
  totalDocs: number
}

let token: string
let draft: Article
let published: Article

beforeAll(async () => {
  token = await loginToken()
  draft = (await apiJson<{ doc: Article }>('/api/articles?draft=true', { token, method: 'POST', body: buildArticle({ _status: 'draft' }) }))
    .body.doc
  published = (
    await apiJson<{ doc: Article }>('/api/articles', {
      token,
      method: 'POST',
      body: buildArticle({ title: '公开标题', _status: 'published' }),
    })
  ).body.doc
  await apiJson(`/api/articles/${published.id}?draft=true`, { token, method: 'PATCH', body: { title: '未发布的新标题' } })
})

describe('the anonymous API', () => {
  it('lists published sample articles and never drafts', async () => {
    const { status, body } = await apiJson<List>('/api/articles?limit=100&depth=0')
    expect(status).toBe(200)
    const slugs = body.docs.map((doc) => doc.slug)
    expect(slugs).toContain('red-family-tradition')
    expect(slugs).toContain(published.slug)
    expect(slugs).not.toContain(draft.slug)
    expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('does not leak drafts or unpublished edits when asked for drafts', async () => {
    const { body } = await apiJson<List>('/api/articles?draft=true&limit=100&depth=0')
    expect(body.docs.map((doc) => doc.slug)).not.toContain(draft.slug)
    expect(body.docs.map((doc) => doc.title)).toContain('公开标题')
    expect(body.docs.map((doc) => doc.title)).not.toContain('未发布的新标题')
    expect((await apiJson(`/api/articles/${draft.id}`)).status).toBe(404)
    expect((await apiJson<Article>(`/api/articles/${published.id}?draft=true`)).body.title).toBe('公开标题')
  })

  it('refuses version history to anonymous callers', async () => {
    expect((await apiJson('/api/articles/versions')).status).toBe(403)
  })

  it('hides drafts from anonymous GraphQL queries too', async () => {
    const response = await fetch(stackUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles(limit: 100, draft: true) { docs { slug title } } }' }),
    })
    const body = (await response.json()) as { data: { Articles: { docs: Array<{ slug: string; title: string }> } } }
    const slugs = body.data.Articles.docs.map((doc) => doc.slug)
    expect(slugs).not.toContain(draft.slug)
    const titles = body.data.Articles.docs.map((doc) => doc.title)
    expect(titles).toContain('公开标题')
    expect(titles).not.toContain('未发布的新标题')
  })

  it('answers bad input with a clear error and keeps what was saved', async () => {
    const { status, body } = await apiJson<{ errors: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }>(
      `/api/articles/${published.id}`,
      { token, method: 'PATCH', body: { slug: '不合法 的 别名' } },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body.errors)).toContain('网址别名')
    expect((await apiJson<Article>(`/api/articles/${published.id}`)).body.slug).toBe(published.slug)
  })
})
