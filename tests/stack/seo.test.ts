import type { Article } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildArticle } from '../support/factories'
import { fetchPage } from '../support/fetchPage'

let draft: Article

beforeAll(async () => {
  const token = await loginToken()
  draft = (await apiJson<{ doc: Article }>('/api/articles?draft=true', { token, method: 'POST', body: buildArticle({ _status: 'draft' }) }))
    .body.doc
})

const membersOnly = ['young-party-members-growth', 'learning-oriented-party-organization', 'branch-secretary-training-2026']

describe('sitemap and feeds', () => {
  it('list public published items and never members-only items or drafts', async () => {
    const sitemap = await fetchPage('/sitemap.xml')
    expect(sitemap.type).toContain('application/xml')
    expect(sitemap.html).toMatch(/<loc>http:\/\/localhost:\d+\/policies\/party-member-points-2025<\/loc>/)
    expect(sitemap.html).toContain('/videos/story-night-school</loc>')
    const feeds = await Promise.all(['articles', 'policies'].map((type) => fetchPage(`/feeds/${type}.xml`)))
    expect(feeds[0]?.type).toContain('application/rss+xml')
    expect(feeds[0]?.html).toContain('/articles/red-family-tradition</link>')
    for (const document of [sitemap, ...feeds]) {
      for (const slug of [...membersOnly, draft.slug ?? 'missing']) expect(document.html).not.toContain(`/${slug}<`)
    }
  })

  it('answers an unknown feed with a 404', async () => {
    expect((await fetchPage('/feeds/users.xml')).status).toBe(404)
  })

  it('gives pages a canonical URL and Open Graph tags with a share image', async () => {
    const { html } = await fetchPage('/articles/red-family-tradition')
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/articles\/red-family-tradition">/)
    expect(html).toContain('<meta property="og:title" content="让红色家风在代际传承中历久弥新">')
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:\d+\/share.png">/)
    expect((await fetchPage('/share.png')).status).toBe(200)
  })
})
