import { beforeEach, describe, expect, it } from 'vitest'

process.env.CMS_URL = 'http://cms.test'
process.env.CMS_CACHE_SECONDS = '60'
const { cachedPage, clearPageCache, stalePage, storePage } = await import('./pageCache')

const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })

beforeEach(() => clearPageCache())

describe('page cache', () => {
  it('serves a stored page again, marked as a hit, until cleared', async () => {
    expect(await (await storePage('/a', html('<p>甲</p>'), 0)).text()).toBe('<p>甲</p>')
    const hit = cachedPage('/a', 1)
    expect(hit?.headers.get('x-portal-cache')).toBe('hit')
    expect(await hit?.text()).toBe('<p>甲</p>')
    clearPageCache()
    expect(cachedPage('/a', 2)).toBeUndefined()
  })

  it('never keeps errors, not-found pages or non-HTML responses', async () => {
    await storePage('/missing', html('not found', 404), 0)
    await storePage('/feed', new Response('{}', { headers: { 'content-type': 'application/json' } }), 0)
    expect(cachedPage('/missing', 1)).toBeUndefined()
    expect(cachedPage('/feed', 1)).toBeUndefined()
  })

  it('expires pages after CMS_CACHE_SECONDS as a safety net', async () => {
    await storePage('/old', html('旧'), 0)
    expect(cachedPage('/old', 60_001)).toBeUndefined()
  })

  it('keeps an expired page as a stale copy for when the CMS cannot render it, until cleared', async () => {
    await storePage('/old', html('旧'), 0)
    const stale = stalePage('/old')
    expect(stale?.headers.get('x-portal-cache')).toBe('stale')
    expect(await stale?.text()).toBe('旧')
    clearPageCache()
    expect(stalePage('/old')).toBeUndefined()
  })
})
