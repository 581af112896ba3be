import type { Article } from '@xuexi/contract/payload-types'
import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import { describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle, lexicalBody } from '../support/factories'
import { fetchPage } from '../support/fetchPage'
import { sampleMembers } from '../support/stackAdmin'

const withinFiveSeconds = { timeout: 5_000, interval: 200 }
const search = (query: string, token?: string) => apiJson<SearchResponse>(`/api/search?${query}`, { token })
const slugs = (response: SearchResponse) => response.results.map((result) => result.slug)

describe('GET /api/search', () => {
  it('finds a phrase copied from a sample article, with the match marked in the snippet', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('红色家风是共产党员')}`)
    expect(status).toBe(200)
    expect(slugs(body)).toContain('red-family-tradition')
    expect(body.results[0]?.snippet).toContain('<mark>红色家风是共产党员</mark>')
    expect(body.facets.type.length).toBeGreaterThan(0)
  })

  it('hides members-only items from anonymous readers and shows them to signed-in staff', async () => {
    const query = `q=${encodeURIComponent('学习型党组织的基本特征')}`
    expect(slugs((await search(query)).body)).not.toContain('learning-oriented-party-organization')
    expect(slugs((await search(query, await loginToken())).body)).toContain('learning-oriented-party-organization')
  })

  it('reads the session cookie a browser sends, under its own name only', async () => {
    const token = await loginToken()
    const searchWithCookie = async (cookie: string) => {
      const response = await fetch(stackUrl(`/api/search?q=${encodeURIComponent('学习型党组织的基本特征')}`), { headers: { cookie } })
      return slugs((await response.json()) as SearchResponse)
    }
    expect(await searchWithCookie(`theme=dark; payload-token=${token}`)).toContain('learning-oriented-party-organization')
    expect(await searchWithCookie(`old-payload-token=${token}`)).not.toContain('learning-oriented-party-organization')
  })

  it('searches the portal page on behalf of the signed-in member, and anonymously without a session', async () => {
    const page = `/search?q=${encodeURIComponent('学习型党组织的基本特征')}`
    const title = '建设学习型党组织的实践路径'
    expect((await fetchPage(page)).html).not.toContain(title)
    const token = await loginToken({ username: sampleMembers.member, password: sampleMembers.password })
    const signedIn = await fetch(stackUrl(page), { headers: { cookie: `payload-token=${token}` } })
    expect(await signedIn.text()).toContain(title)
  })

  it('finds simplified text from pinyin and traditional characters', async () => {
    expect(slugs((await search(`q=${encodeURIComponent('紅色家風')}`)).body)).toContain('red-family-tradition')
    expect(slugs((await search('q=hongsejiafeng')).body)).toContain('red-family-tradition')
  })

  it('refuses an empty or over-long query with a Chinese message and a stable code', async () => {
    const empty = await apiJson<{ errors: Array<{ message: string; data: { code: string } }> }>('/api/search?q=')
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0]?.data.code).toBe('search.queryEmpty')
    expect(empty.body.errors[0]?.message).toContain('请输入')
    const long = await apiJson<{ errors: Array<{ data: { code: string } }> }>(`/api/search?q=${'党'.repeat(101)}`)
    expect(long.status).toBe(400)
    expect(long.body.errors[0]?.data.code).toBe('search.queryTooLong')
  })

  it.each(['+', '-党建', 'title:党建', '党建^2', '党建~1', '党*', ':^~*', '<script>alert(1)</script>', '%'])(
    'answers the hostile query %j',
    async (q) => {
      expect((await search(`q=${encodeURIComponent(q)}`)).status).toBe(200)
    },
  )

  it('suggests visible titles as a reader types', async () => {
    const { status, body } = await apiJson<{ suggestions: Array<{ title: string; url: string }> }>(
      `/api/search/suggest?q=${encodeURIComponent('红色家风')}`,
    )
    expect(status).toBe(200)
    expect(body.suggestions.map((suggestion) => suggestion.url)).toContain('/articles/red-family-tradition')
  })

  it('reflects publish, edit and unpublish within 5 seconds', async () => {
    const token = await loginToken()
    const created = await apiJson<{ doc: Article }>('/api/articles', {
      token,
      method: 'POST',
      body: buildArticle({ body: lexicalBody('检索新鲜度测试原文'), _status: 'published' }),
    })
    const { id, slug } = created.body.doc
    const found = async (phrase: string) => slugs((await search(`q=${encodeURIComponent(phrase)}`)).body)
    await expect.poll(() => found('检索新鲜度测试原文'), withinFiveSeconds).toEqual([slug])
    await apiJson(`/api/articles/${id}`, {
      token,
      method: 'PATCH',
      body: { body: lexicalBody('检索新鲜度测试改文'), _status: 'published' },
    })
    await expect.poll(() => found('检索新鲜度测试改文'), withinFiveSeconds).toEqual([slug])
    expect(await found('检索新鲜度测试原文')).toEqual([])
    await apiJson(`/api/articles/${id}`, { token, method: 'PATCH', body: { _status: 'draft' } })
    await expect.poll(() => found('检索新鲜度测试改文'), withinFiveSeconds).toEqual([])
  })
})

describe('the /search page', () => {
  it('renders results with highlights, facet filters and the query in the search box', async () => {
    const { status, html } = await fetchPage(`/search?q=${encodeURIComponent('红色家风')}`)
    expect(status).toBe(200)
    expect(html).toContain('<mark>红色家风</mark>')
    expect(html).toContain('href="/articles/red-family-tradition"')
    expect(html).toMatch(/value="红色家风"/)
    expect(html).toContain('类型')
  })

  it('explains a refused query', async () => {
    const { status, html } = await fetchPage(`/search?q=${'党'.repeat(101)}`)
    expect(status).toBe(400)
    expect(html).toContain('搜索词太长')
  })
})
