import type { APIRoute } from 'astro'
import { publicIndex } from '../lib/cms/publicIndex'
import type { PortalCollection } from '../lib/cms/queryCollection'
import { publicUrl } from '../lib/publicUrl'
import { buildSitemap } from '../lib/xml/buildSitemap'

const sections: PortalCollection[] = ['articles', 'policies', 'videos', 'lectures', 'topics', 'announcements']

/** Every public page: home, section lists and each public published item (the same for every reader). */
export const GET: APIRoute = async () => {
  const items = await Promise.all(
    sections.map(async (section) =>
      (await publicIndex(section, 5000)).map((entry) => ({ loc: publicUrl(`/${section}/${entry.slug}`), lastmod: entry.updatedAt })),
    ),
  )
  const xml = buildSitemap([{ loc: publicUrl('/') }, ...sections.map((section) => ({ loc: publicUrl(`/${section}`) })), ...items.flat()])
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
