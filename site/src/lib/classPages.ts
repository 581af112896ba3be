import { randomUUID } from 'node:crypto'
import type { ReaderClass } from '@xuexi/contract/auth/readerClassCredential'
import type { APIContext, MiddlewareNext } from 'astro'
import { escapeMarkup } from './escapeMarkup'
import { freshMemberPage, memberPageKey, startMemberRender, storeMemberPage } from './memberPages'
import { copyOf, freshPage, type PageCacheKey, type PageCopy, pageCacheKey, responseOf, storePage } from './pageCache'
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
 * read anything of the reader's own while rendering is not shared: when member change notices follow
 * all it read (`fetchOwnStudy`: 我的学习, a campaign page) it is kept for the reader alone
 * (`memberPages`), otherwise (`fetchOwnCms`: search, quiz results) it is rendered afresh every time.
 */
export async function answerForClass(context: APIContext, next: MiddlewareNext, reader: Reader, user: SessionUser): Promise<Response> {
  const readerClass = reader.readerClass
  const keys = readerClass && context.request.method === 'GET' ? keptPageKeys(context.url, user, readerClass) : null
  if (!keys) return withReader(reader, next)
  const { key, memberKey } = keys
  const hit = keptPage(keys)
  if (hit) return responseOf(personalized(hit, user))
  context.locals.user = { ...user, name: namePlaceholder }
  const { render, end } = startMemberRender(user.id, reader)
  try {
    const rendered = await withReader(reader, next)
    if (!isHtml(rendered)) return rendered
    const body = await rendered.arrayBuffer()
    const response = new Response(body, rendered)
    if (rendered.headers.has('set-cookie')) return personalize(response, user)
    if (!reader.readOwn) return personalize(await storePage(key, response), user)
    if (memberKey && !reader.readUnfollowed) storeMemberPage(memberKey, render, { body, response })
    return personalize(response, user)
  } finally {
    end()
  }
}

/**
 * The copy of `url` kept for a plain member's GET (their class's, or their own 我的学习 or campaign page),
 * with their name put in; undefined when the page must be rendered (`answerForClass`).
 */
export function keptPageFor(url: URL, user: SessionUser, readerClass: ReaderClass): PageCopy | undefined {
  const keys = keptPageKeys(url, user, readerClass)
  const hit = keys ? keptPage(keys) : undefined
  return hit && personalized(hit, user)
}

interface KeptPageKeys {
  key: PageCacheKey
  memberKey: string | null
}

/** Where a plain member's page is kept: the class's copy, and for pages without a query their own too. */
function keptPageKeys(url: URL, user: SessionUser, readerClass: ReaderClass): KeptPageKeys | null {
  const plain = pageCacheKey(url)
  if (!plain) return null
  const key = { key: `${readerClassKey(readerClass)} ${plain.key}`, segment: 'class' } as const
  // Members' own pages are kept without a query only: made-up query strings cannot fill their LRU.
  const memberKey = plain.segment === 'plain' ? memberPageKey(user.id, readerClassKey(readerClass), plain.key) : null
  return { key, memberKey }
}

function keptPage({ key, memberKey }: KeptPageKeys): PageCopy | undefined {
  const page = freshPage(key)
  return page ? copyOf(page, 'hit') : memberKey ? freshMemberPage(memberKey) : undefined
}

// The page's bytes with the placeholder's bytes replaced by the reader's name, without decoding the
// page into a string and encoding it again (the hot path of every member's cached page).
const placeholderBytes = Buffer.from(namePlaceholder)

async function personalize(page: Response, user: SessionUser): Promise<Response> {
  if (!isHtml(page)) return page
  const copy = { status: page.status, headers: [...page.headers], body: [new Uint8Array(await page.arrayBuffer())] }
  return responseOf(personalized(copy, user))
}

/** The page with the placeholder replaced by the reader's name and kept from shared caches. */
function personalized(page: PageCopy, user: SessionUser): PageCopy {
  if (!page.headers.some(([name, value]) => name === 'content-type' && value.includes('text/html'))) return page
  const name = Buffer.from(escapeMarkup(user.name))
  const body: Uint8Array[] = []
  for (const part of page.body) {
    const html = Buffer.from(part.buffer, part.byteOffset, part.byteLength)
    let from = 0
    for (let at = html.indexOf(placeholderBytes); at !== -1; at = html.indexOf(placeholderBytes, from)) {
      body.push(html.subarray(from, at), name)
      from = at + placeholderBytes.length
    }
    body.push(html.subarray(from))
  }
  const headers = page.headers.filter(([header]) => header !== 'cache-control' && header !== 'content-length')
  headers.push(['cache-control', 'private, no-store'])
  return { status: page.status, headers, body }
}

function isHtml(response: Response): boolean {
  return response.headers.get('content-type')?.includes('text/html') ?? false
}
