import type { APIRoute } from 'astro'
import { z } from 'zod'
import { t } from '../../i18n/t'
import { publicIndex } from '../../lib/cms/publicIndex'
import { publicUrl } from '../../lib/publicUrl'
import { buildRss } from '../../lib/xml/buildRss'

const feedType = z.enum(['articles', 'policies', 'videos', 'lectures', 'announcements'])

/** RSS feed of one content type: the 50 newest public items (the same for every reader). */
export const GET: APIRoute = async ({ params, url }) => {
  const type = feedType.safeParse(params.type)
  if (!type.success) return new Response('没有这个订阅源', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const entries = await publicIndex(type.data, 50)
  const channel = {
    title: `${t(`nav.${type.data}`)} · ${t('site.name')}`,
    link: publicUrl(`/${type.data}`),
    description: t('site.description'),
    self: publicUrl(url.pathname),
  }
  const items = entries.map((entry) => ({
    title: entry.title,
    link: publicUrl(`/${type.data}/${entry.slug}`),
    description: entry.summary,
    publishedAt: entry.publishedAt,
  }))
  return new Response(await buildRss(channel, items), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
