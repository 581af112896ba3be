import { parseCookie } from 'cookie'
import { keptPageFor } from './classPages'
import { logRequest } from './log/logRequest'
import type { PageLane } from './PageLane'
import { anonymousPageKey, copyOf, freshPage, type PageCopy } from './pageCache'
import { sessionUser } from './session/currentUser'
import { readerClassOf } from './session/readerClass'
import { sessionCookieName } from './session/sessionToken'

/**
 * Answers a GET of a page the caches hold fresh straight from the portal server, without Astro's request
 * machinery (about three quarters of a cached page's CPU time): an anonymous reader's copy, or a plain
 * member's class or own copy with their name put in (`keptPageFor`, as the middleware would answer).
 * False when Astro must answer: anything else, a page not kept, a session that is not good, or a CMS
 * that cannot confirm it (the middleware then answers 503 or asks to sign in). The session cookie is read
 * as Astro reads it (the first of that name, taken as sent), the session checked as `currentUser` does.
 */
export const answerKeptPage: NonNullable<PageLane['answer']> = async (request, response) => {
  const startedAt = performance.now()
  const target = request.url ?? ''
  if (request.method !== 'GET' || !target.startsWith('/')) return false
  // Built as Astro builds the request's URL, so `//host/path` stays a path.
  const url = new URL(`http://portal${target}`)
  const cookies = request.headers.cookie
  const token = cookies ? parseCookie(cookies, { decode: (value) => value })[sessionCookieName] : undefined
  const page = token ? await memberCopy(url, token) : anonymousCopy(url)
  if (!page) return false
  const length = page.body.reduce((sum, part) => sum + part.byteLength, 0)
  response.writeHead(page.status, [...page.headers.flat(), 'content-length', String(length)])
  response.cork()
  for (const part of page.body) response.write(part)
  response.end()
  const requestId = request.headers['x-request-id']
  logRequest(
    { method: 'GET', pathname: url.pathname, requestId: typeof requestId === 'string' ? requestId : undefined },
    page.status,
    startedAt,
  )
  return true
}

function anonymousCopy(url: URL): PageCopy | undefined {
  const key = anonymousPageKey(url)
  const page = key && freshPage(key)
  return page ? copyOf(page, 'hit') : undefined
}

async function memberCopy(url: URL, token: string): Promise<PageCopy | undefined> {
  const user = await sessionUser(token).catch(() => null)
  const readerClass = user && readerClassOf(user)
  return readerClass ? keptPageFor(url, user, readerClass) : undefined
}
