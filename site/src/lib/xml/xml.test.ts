import { describe, expect, it } from 'vitest'
import { buildRss } from './buildRss'
import { buildSitemap } from './buildSitemap'

describe('feeds and sitemaps', () => {
  const channel = {
    title: '理论文章',
    link: 'https://x.test/articles',
    description: '学习园地',
    self: 'https://x.test/feeds/articles.xml',
  }

  it('writes RSS with escaped titles, links and RFC 822 dates', async () => {
    const xml = await buildRss(channel, [
      { title: '学习 & 实践 <一>', link: 'https://x.test/articles/a?b=1&c=2', publishedAt: '2026-06-30T00:00:00.000Z' },
      { title: '无日期', link: 'https://x.test/articles/b', description: '<script>alert(1)</script>', publishedAt: null },
    ])
    expect(xml).toContain('<title>学习 &amp; 实践 &lt;一&gt;</title>')
    expect(xml).toContain('<link>https://x.test/articles/a?b=1&amp;c=2</link>')
    expect(xml).toContain('<pubDate>Tue, 30 Jun 2026 00:00:00 GMT</pubDate>')
    expect(xml).toContain('<description>&lt;script&gt;alert(1)&lt;/script&gt;</description>')
    expect(xml.match(/<pubDate>/g)?.length).toBe(1)
  })

  it('keeps the channel link as given and names the language and the feed address', async () => {
    const xml = await buildRss(channel, [])
    expect(xml).toContain('<link>https://x.test/articles</link>')
    expect(xml).toContain('<language>zh-CN</language>')
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"')
    expect(xml).toContain('<atom:link href="https://x.test/feeds/articles.xml" rel="self" type="application/rss+xml"/>')
  })

  it('writes a sitemap with one url per entry', () => {
    const xml = buildSitemap([{ loc: 'https://x.test/' }, { loc: 'https://x.test/articles/a', lastmod: '2026-06-30T08:00:00.000Z' }])
    expect(xml.match(/<url>/g)?.length).toBe(2)
    expect(xml).toContain('<lastmod>2026-06-30T08:00:00.000Z</lastmod>')
  })
})
