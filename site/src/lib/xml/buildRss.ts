import { getRssString } from '@astrojs/rss'
import { escapeMarkup } from '../escapeMarkup'

/** One entry of a feed. */
export interface FeedItem {
  title: string
  link: string
  description?: string | null
  publishedAt?: string | null
}

/** An RSS 2.0 document for a channel and its items (newest first), in Chinese, with its own address as atom:link. */
export function buildRss(channel: { title: string; link: string; description: string; self: string }, items: FeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${escapeMarkup(channel.self)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description ?? undefined,
      pubDate: item.publishedAt ? new Date(item.publishedAt) : undefined,
    })),
  })
}
