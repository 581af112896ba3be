import { describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { pageHeaders, renderedThenKept } from '../support/renderedThenKept'

async function cacheState(path: string): Promise<string | null> {
  const response = await fetch(stackUrl(path))
  await response.arrayBuffer()
  return response.headers.get('x-portal-cache')
}

describe('the page cache', () => {
  // Earlier test files' writes reach the portal as change notices (one at once, one 1.5 s later) that
  // clear the whole cache, so one round can end without a hit for that reason alone. Junk that evicts
  // real pages fails every round; a cache that keeps them passes as soon as a round runs undisturbed.
  it('still serves a real page from memory after 5,000 requests with made-up query strings', { timeout: 600_000 }, async () => {
    const endings: Array<string | null> = []
    for (let round = 0; round < 3 && endings.at(-1) !== 'hit'; round += 1) {
      await cacheState('/articles')
      expect(await cacheState('/articles')).toBe('hit')
      const junk = Array.from({ length: 5_000 }, (_, index) => `/articles?utm_${index}=${crypto.randomUUID()}`)
      const workers = Array.from({ length: 8 }, async (_, worker) => {
        for (let index = worker; index < junk.length; index += 8) await cacheState(junk[index] as string)
      })
      await Promise.all(workers)
      endings.push(await cacheState('/articles'))
    }
    expect(endings.at(-1)).toBe('hit')
  })

  // Astro renders a page once and the portal server sends the kept copy after (`answerKeptPage`), with its length.
  it('sends an anonymous reader the page Astro rendered, byte for byte, when the portal server answers from the cache', async () => {
    for (const pathname of ['/articles', '/policies']) {
      const [rendered, kept] = await renderedThenKept(pathname)
      expect(rendered.response.status).toBe(200)
      expect(kept.response.headers.get('content-length')).toBe(String(kept.body.byteLength))
      expect(kept.body.equals(rendered.body)).toBe(true)
      expect(pageHeaders(kept.response)).toEqual(pageHeaders(rendered.response))
    }
  })

  it('does not keep pages asked with parameters they do not read', async () => {
    const path = `/policies?nonsense=${crypto.randomUUID()}`
    await cacheState(path)
    expect(await cacheState(path)).toBeNull()
  })
})
