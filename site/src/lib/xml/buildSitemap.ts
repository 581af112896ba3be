import { escapeMarkup } from '../escapeMarkup'

/** A sitemap.xml listing absolute URLs with their last change. */
export function buildSitemap(entries: Array<{ loc: string; lastmod?: string | null }>): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${new Date(entry.lastmod).toISOString()}</lastmod>` : ''
    return `<url><loc>${escapeMarkup(entry.loc)}</loc>${lastmod}</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n')
}
