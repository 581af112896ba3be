import { t } from '../i18n/t'

/** Seconds a reader (or the tracker) is asked to wait before trying again. */
const retryAfterSeconds = 5

/**
 * The portal's answer when the CMS cannot serve a page right now (restarting, or its database away):
 * 503 with `Retry-After` and a plain Chinese page (the site layout would need the CMS too).
 */
export function unavailablePage(): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t('unavailable.title')} · ${t('site.name')}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.7">
<h1>${t('unavailable.title')}</h1><p>${t('unavailable.body')}</p><p><a href="">${t('unavailable.retry')}</a></p></body></html>`
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  })
}
