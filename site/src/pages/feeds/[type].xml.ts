import type { APIRoute } from 'astro'
import { z } from 'zod'
import { t } from '../../i18n/t'
import { publicIndex } from '../../lib/cms/publicIndex'
import { buildRss } from '../../lib/xml/buildRss'

const feedType = z.enum(['articles', 'policies', 'videos', 'lectures', 'announcements'])

/** RSS feed of one content type: the 50 newest public items. */
export const GET: APIRoute = async ({ params, url }) => {
  const type = feedType.safeParse(params.type)
  if (!type.success) return new Response('没有这个订阅源', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const entries = await publicIndex(type.data, 50)
  const link = (path: string) => new URL(path, url.origin).href
  const channel = {
    title: `${t(`nav.${type.data}`)} · ${t('site.name')}`,
    link: link(`/${type.data}`),
    description: t('site.description'),
    self: link(url.pathname),
  }
  const items = entries.map((entry) => ({
    title: entry.title,
    link: link(`/${type.data}/${entry.slug}`),
    description: entry.summary,
    publishedAt: entry.publishedAt,
  }))
  return new Response(buildRss(channel, items), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
