import { randomUUID } from 'node:crypto'
import type { APIContext, MiddlewareNext } from 'astro'
import { escapeMarkup } from './escapeMarkup'
import { cachedPage, pageCacheKey, storePage } from './pageCache'
import { readerClassKey } from './session/readerClass'
import { type Reader, withReader } from './session/readerContext'
import type { SessionUser } from './session/SessionUser'

// Stands for the reader's name in a page rendered for their whole class; replaced on the way out.
// Random per process, so no content can contain it by chance.
const namePlaceholder = `reader${randomUUID().replaceAll('-', '')}`

/**
 * Answers a plain member's GET of a cacheable page (see `pageCacheKey`) from their visibility class's
 * rendered copy: the page is rendered once per class with a placeholder for the one personal thing a
 * class page shows, the reader's name in the header, which is put in for each request. A page that
 * read anything of the reader's own while rendering (`fetchOwnCms`: study tools, campaign standing,
 * 我的学习) is not kept: it is rendered afresh every time.
 */
export async function answerForClass(context: APIContext, next: MiddlewareNext, reader: Reader, user: SessionUser): Promise<Response> {
  const readerClass = reader.readerClass
  const plain = readerClass && context.request.method === 'GET' ? pageCacheKey(context.url) : null
  if (!readerClass || !plain) return withReader(reader, next)
  const key = { key: `${readerClassKey(readerClass)} ${plain.key}`, segment: 'class' } as const
  const hit = cachedPage(key)
  if (hit) return personalize(hit, user)
  context.locals.user = { ...user, name: namePlaceholder }
  const rendered = await withReader(reader, next)
  if (!isHtml(rendered)) return rendered
  const body = await rendered.arrayBuffer()
  const keep = !reader.readOwn && !rendered.headers.has('set-cookie')
  const response = new Response(body, rendered)
  return personalize(keep ? await storePage(key, response) : response, user)
}

async function personalize(page: Response, user: SessionUser): Promise<Response> {
  if (!isHtml(page)) return page
  const html = (await page.text()).replaceAll(namePlaceholder, escapeMarkup(user.name))
  const headers = new Headers(page.headers)
  headers.set('cache-control', 'private, no-store')
  headers.delete('content-length')
  return new Response(html, { status: page.status, statusText: page.statusText, headers })
}

function isHtml(response: Response): boolean {
  return response.headers.get('content-type')?.includes('text/html') ?? false
}
