import { escapeMarkup } from '../escapeMarkup'

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
    const description = item.description ? `<description>${escapeMarkup(item.description)}</description>` : ''
    return `<item><title>${escapeMarkup(item.title)}</title><link>${escapeMarkup(item.link)}</link><guid isPermaLink="true">${escapeMarkup(item.link)}</guid>${date}${description}</item>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeMarkup(channel.title)}</title><link>${escapeMarkup(channel.link)}</link><description>${escapeMarkup(channel.description)}</description>`,
    `<language>zh-CN</language><atom:link href="${escapeMarkup(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel></rss>',
  ].join('\n')
}
