import { escapeXml } from './escapeXml'

/** One entry of a feed. */
export interface FeedItem {
  title: string
  link: string
  description?: string | null
  publishedAt?: string | null
}

/** An RSS 2.0 document for a channel and its items (newest first). */
export function buildRss(channel: { title: string; link: string; description: string; self: string }, items: FeedItem[]): string {
  const entries = items.map((item) => {
    const date = item.publishedAt ? `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` : ''
    const description = item.description ? `<description>${escapeXml(item.description)}</description>` : ''
    return `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="true">${escapeXml(item.link)}</guid>${date}${description}</item>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link><description>${escapeXml(channel.description)}</description>`,
    `<language>zh-CN</language><atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel></rss>',
  ].join('\n')
}
