import { describe, expect, it } from 'vitest'
import { buildRss } from './buildRss'
import { buildSitemap } from './buildSitemap'

describe('feeds and sitemaps', () => {
  it('writes RSS with escaped titles, links and RFC 822 dates', () => {
    const channel = {
      title: '理论文章',
      link: 'https://x.test/articles',
      description: '学习园地',
      self: 'https://x.test/feeds/articles.xml',
    }
    const xml = buildRss(channel, [
      { title: '学习 & 实践 <一>', link: 'https://x.test/articles/a?b=1&c=2', publishedAt: '2026-06-30T00:00:00.000Z' },
    ])
    expect(xml).toContain('<title>学习 &amp; 实践 &lt;一&gt;</title>')
    expect(xml).toContain('<link>https://x.test/articles/a?b=1&amp;c=2</link>')
    expect(xml).toContain('<pubDate>Tue, 30 Jun 2026 00:00:00 GMT</pubDate>')
  })

  it('writes a sitemap with one url per entry', () => {
    const xml = buildSitemap([{ loc: 'https://x.test/' }, { loc: 'https://x.test/articles/a', lastmod: '2026-06-30T08:00:00.000Z' }])
    expect(xml.match(/<url>/g)?.length).toBe(2)
    expect(xml).toContain('<lastmod>2026-06-30T08:00:00.000Z</lastmod>')
  })
})
