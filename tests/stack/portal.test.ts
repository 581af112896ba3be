import type { Article } from '@xuexi/contract/payload-types'
import { describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle } from '../support/factories'

const page = async (pathname: string) => {
  const response = await fetch(stackUrl(pathname))
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() }
}

describe('the portal over HTTP', () => {
  it('lists published articles, newest first, on the home page and the article list', async () => {
    // Other stack files publish articles too, so the test publishes its own and expects it first.
    const token = await loginToken()
    const created = await apiJson<{ doc: Article }>('/api/articles', {
      token,
      method: 'POST',
      body: buildArticle({ title: '最新发布测试文章', _status: 'published' }),
    })
    const { title, slug } = created.body.doc
    const firstCard = async (pathname: string) => (await page(pathname)).html.match(/<h3[^>]*><a href="([^"]+)"/)?.[1]
    await expect.poll(() => firstCard('/articles'), { timeout: 5_000 }).toBe(`/articles/${slug}`)
    const list = await page('/articles')
    expect(list.status).toBe(200)
    expect(list.html).toContain(title)
    const home = await page('/')
    expect(home.status).toBe(200)
    expect(home.html).toContain(title)
    for (const section of ['最新理论文章', '红色影视', '最新政策文件', '专家讲座', '学习专题']) expect(home.html).toContain(section)
    // More than a page of published articles makes a second page.
    await apiJson('/api/articles', { token, method: 'POST', body: buildArticle({ title: '分页测试文章', _status: 'published' }) })
    await expect.poll(async () => (await page('/articles?page=2')).html, { timeout: 5_000 }).toContain('第 2 /')
  })

  it('renders an article body faithfully: headings, lists, quotes, links and an image that loads', async () => {
    const { status, html } = await page('/articles/red-family-tradition')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>让红色家风在代际传承中历久弥新<\/h1>/)
    expect(html).toMatch(/<h2 id="section-\d+">一、红色家风的精神内涵<\/h2>/)
    expect(html).toMatch(/<ul><li><strong>信念坚定<\/strong>/)
    expect(html).toContain('<blockquote><p>')
    const image = html.match(/<img src="([^"]+)" alt="([^"]+)"/)
    expect(image?.[2]).toContain('金色小路')
    const media = await fetch(stackUrl(image?.[1] ?? '/missing'))
    expect(media.status).toBe(200)
    expect(media.headers.get('content-type')).toBe('image/png')
    const linked = await page('/articles/digital-party-education')
    expect(linked.html).toMatch(/<a href="https:\/\/example\.(org|com)[^"]*" rel="noopener noreferrer">/)
  })

  it('keeps showing the published text while an edit is unpublished, and drops an unpublished article', async () => {
    const token = await loginToken()
    const created = await apiJson<{ doc: Article }>('/api/articles', {
      token,
      method: 'POST',
      body: buildArticle({ title: '门户已发布版本', _status: 'published' }),
    })
    const { id, slug } = created.body.doc
    await apiJson(`/api/articles/${id}?draft=true`, { token, method: 'PATCH', body: { title: '门户草稿修改' } })
    const edited = await page(`/articles/${slug}`)
    expect(edited.html).toContain('门户已发布版本')
    expect(edited.html).not.toContain('门户草稿修改')
    expect((await page('/articles')).html).not.toContain('门户草稿修改')

    await apiJson(`/api/articles/${id}`, { token, method: 'PATCH', body: { _status: 'draft' } })
    expect((await page(`/articles/${slug}`)).status).toBe(404)
    expect((await page('/articles')).html).not.toContain('门户已发布版本')
  })

  it('answers an unknown article with a Chinese 404 page', async () => {
    const { status, html } = await page('/articles/no-such-article')
    expect(status).toBe(404)
    expect(html).toContain('页面不存在')
  })

  it('serves the admin and the API on the same origin as the portal', async () => {
    const admin = await page('/admin/login')
    expect(admin.status).toBe(200)
    expect(admin.html).toContain('登录')
    const api = await page('/api/health')
    expect(api.type).toContain('application/json')
  })
})
