import { describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'

async function cacheState(path: string): Promise<string | null> {
  const response = await fetch(stackUrl(path))
  await response.arrayBuffer()
  return response.headers.get('x-portal-cache')
}

describe('the page cache', () => {
  it('still serves a real page from memory after 5,000 requests with made-up query strings', { timeout: 600_000 }, async () => {
    await cacheState('/articles')
    expect(await cacheState('/articles')).toBe('hit')
    const junk = Array.from({ length: 5_000 }, (_, index) => `/articles?utm_${index}=${crypto.randomUUID()}`)
    const workers = Array.from({ length: 8 }, async (_, worker) => {
      for (let index = worker; index < junk.length; index += 8) await cacheState(junk[index] as string)
    })
    await Promise.all(workers)
    expect(await cacheState('/articles')).toBe('hit')
  })

  it('does not keep pages asked with parameters they do not read', async () => {
    const path = `/policies?nonsense=${crypto.randomUUID()}`
    await cacheState(path)
    expect(await cacheState(path)).toBeNull()
  })
})
