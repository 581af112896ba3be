import { env } from '../env'

// `new Response(buffer)` copies the bytes, so one stored buffer serves every hit.
interface CachedPage {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
  storedAt: number
}

const pages = new Map<string, CachedPage>()
const maxPages = 2000

/** A rendered anonymous page, if one is cached and fresh. */
export function cachedPage(key: string, now = Date.now()): Response | undefined {
  const page = pages.get(key)
  if (!page || now - page.storedAt >= env.CMS_CACHE_SECONDS * 1000) return undefined
  return new Response(page.body, { status: page.status, headers: [...page.headers, ['x-portal-cache', 'hit']] })
}

/**
 * The last rendered copy of a page however old (expired copies stay until evicted or cleared), for
 * anonymous readers while the CMS cannot render it afresh (restarting, or its database away).
 */
export function stalePage(key: string): Response | undefined {
  const page = pages.get(key)
  if (!page) return undefined
  return new Response(page.body, { status: page.status, headers: [...page.headers, ['x-portal-cache', 'stale']] })
}

/** Keeps a rendered page (successful HTML only), evicting the oldest when full. */
export async function storePage(key: string, response: Response, now = Date.now()): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return response
  const body = await response.arrayBuffer()
  if (pages.size >= maxPages) pages.delete(pages.keys().next().value as string)
  pages.set(key, { body, status: response.status, headers: [...response.headers.entries()], storedAt: now })
  return new Response(body, { status: response.status, headers: [...response.headers.entries(), ['x-portal-cache', 'miss']] })
}

/** Forgets every rendered page (content changed). */
export function clearPageCache(): void {
  pages.clear()
}
