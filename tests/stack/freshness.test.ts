import type { Article } from '@xuexi/contract/payload-types'
import { describe, expect, it } from 'vitest'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildArticle } from '../support/factories'
import { fetchPage } from '../support/fetchPage'

const withinFiveSeconds = { timeout: 5_000, interval: 200 }

describe('the portal cache', () => {
  it('shows an edit within 5 seconds and drops an unpublished item within 5 seconds', async () => {
    const token = await loginToken()
    const created = await apiJson<{ doc: Article }>('/api/articles', {
      token,
      method: 'POST',
      body: buildArticle({ title: '缓存测试原标题', _status: 'published' }),
    })
    const { id, slug } = created.body.doc
    // Warm the cache with the first version.
    expect((await fetchPage(`/articles/${slug}`)).html).toContain('缓存测试原标题')
    expect((await fetchPage('/articles')).html).toContain('缓存测试原标题')

    await apiJson(`/api/articles/${id}`, { token, method: 'PATCH', body: { title: '缓存测试新标题', _status: 'published' } })
    await expect.poll(async () => (await fetchPage(`/articles/${slug}`)).html, withinFiveSeconds).toContain('缓存测试新标题')
    await expect.poll(async () => (await fetchPage('/articles')).html, withinFiveSeconds).toContain('缓存测试新标题')

    await apiJson(`/api/articles/${id}`, { token, method: 'PATCH', body: { _status: 'draft' } })
    await expect.poll(async () => (await fetchPage(`/articles/${slug}`)).status, withinFiveSeconds).toBe(404)
    await expect.poll(async () => (await fetchPage('/articles')).html, withinFiveSeconds).not.toContain('缓存测试新标题')
  })
})
