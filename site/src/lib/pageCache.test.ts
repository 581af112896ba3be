import { beforeEach, describe, expect, it } from 'vitest'

process.env.CMS_URL = 'http://cms.test'
process.env.CMS_CACHE_SECONDS = '60'
process.env.PAYLOAD_SECRET = 'a-config-secret-0123456789abcdef0123'
const {
  anonymousPageKey,
  cachedPage,
  clearPageCache,
  expirePageCache,
  pageCacheKey,
  pageCacheLimits,
  pageCacheSize,
  stalePage,
  storePage,
} = await import('./pageCache')

const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })
const keyOf = (path: string) => {
  const key = pageCacheKey(new URL(path, 'http://portal.test'))
  if (!key) throw new Error(`${path} is not cacheable`)
  return key
}

beforeEach(() => clearPageCache())

describe('page cache', () => {
  it('serves a stored page again, marked as a hit, until cleared', async () => {
    expect(await (await storePage(keyOf('/a'), html('<p>甲</p>'), 0)).text()).toBe('<p>甲</p>')
    const hit = cachedPage(keyOf('/a'), 1)
    expect(hit?.headers.get('x-portal-cache')).toBe('hit')
    expect(await hit?.text()).toBe('<p>甲</p>')
    clearPageCache()
    expect(cachedPage(keyOf('/a'), 2)).toBeUndefined()
  })

  it('stops serving pages as fresh after a change but keeps them as the outage fallback', async () => {
    await storePage(keyOf('/b'), html('<p>乙</p>'), 0)
    expirePageCache()
    expect(cachedPage(keyOf('/b'), 1)).toBeUndefined()
    expect(await stalePage(keyOf('/b'))?.text()).toBe('<p>乙</p>')
  })

  it('never keeps errors, not-found pages or non-HTML responses', async () => {
    await storePage(keyOf('/missing'), html('not found', 404), 0)
    await storePage(keyOf('/feed'), new Response('{}', { headers: { 'content-type': 'application/json' } }), 0)
    expect(cachedPage(keyOf('/missing'), 1)).toBeUndefined()
    expect(cachedPage(keyOf('/feed'), 1)).toBeUndefined()
  })

  it('expires pages after CMS_CACHE_SECONDS as a safety net', async () => {
    await storePage(keyOf('/old'), html('旧'), 0)
    expect(cachedPage(keyOf('/old'), 60_001)).toBeUndefined()
  })

  it('keys list pages by the parameters they read, in one order, and refuses to key made-up parameters', () => {
    expect(keyOf('/policies?year=2024&page=2')).toEqual(keyOf('/policies?page=2&year=2024'))
    expect(pageCacheKey(new URL('http://portal.test/articles?utm=x'))).toBeNull()
    expect(pageCacheKey(new URL('http://portal.test/articles?page=1&page=2'))).toBeNull()
  })

  it('gives anonymous readers no cached health check or search results', () => {
    for (const path of ['/healthz', '/healthz/ready', '/search', '/search?page=2'])
      expect(anonymousPageKey(new URL(path, 'http://portal.test'))).toBeNull()
    expect(anonymousPageKey(new URL('http://portal.test/searching'))).toEqual(keyOf('/searching'))
  })

  it('keeps section and item pages however many query pages are stored after them', async () => {
    await storePage(keyOf('/articles'), html('列表'), 0)
    for (let index = 0; index < pageCacheLimits.maxEntries * 2; index += 1)
      await storePage(keyOf(`/articles?topic=t${index}`), html('筛选'), 0)
    expect(await cachedPage(keyOf('/articles'), 1)?.text()).toBe('列表')
    expect(pageCacheSize().query.entries).toBeLessThanOrEqual(pageCacheLimits.maxEntries)
  })

  it('never holds more bytes than its bound', { timeout: 30_000 }, async () => {
    const page = new Uint8Array(Math.floor(pageCacheLimits.maxBytes / 8))
    const bigPage = () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })
    for (let index = 0; index < 10; index += 1) {
      await storePage(keyOf(`/articles/item-${index}`), bigPage(), 0)
      expect(pageCacheSize().plain.bytes).toBeLessThanOrEqual(pageCacheLimits.maxBytes)
    }
    expect(cachedPage(keyOf('/articles/item-9'), 1)).toBeDefined()
  })

  it('keeps an expired page as a stale copy for when the CMS cannot render it, until cleared', async () => {
    await storePage(keyOf('/old'), html('旧'), 0)
    expect(cachedPage(keyOf('/old'), 60_001)).toBeUndefined()
    const stale = stalePage(keyOf('/old'))
    expect(stale?.headers.get('x-portal-cache')).toBe('stale')
    expect(await stale?.text()).toBe('旧')
    clearPageCache()
    expect(stalePage(keyOf('/old'))).toBeUndefined()
  })
})
