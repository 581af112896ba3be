import { beforeEach, describe, expect, it, vi } from 'vitest'

process.env.CMS_URL = 'http://cms.test'
process.env.CMS_CACHE_SECONDS = '60'
const { cachedCmsRead, clearCmsCache } = await import('./cmsCache')

beforeEach(() => clearCmsCache())

describe('cachedCmsRead', () => {
  it('loads once for repeated and concurrent reads of the same key', async () => {
    const load = vi.fn(async () => ({ docs: [1] }))
    const results = await Promise.all([cachedCmsRead('a', load), cachedCmsRead('a', load), cachedCmsRead('a', load)])
    expect(results).toEqual([{ docs: [1] }, { docs: [1] }, { docs: [1] }])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again after the cache is cleared or the entry is too old', async () => {
    const load = vi.fn(async () => 'fresh')
    await cachedCmsRead('b', load, 0)
    clearCmsCache()
    await cachedCmsRead('b', load, 1)
    await cachedCmsRead('b', load, 61_002)
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('does not keep a failed read', async () => {
    await expect(cachedCmsRead('c', async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cachedCmsRead('c', async () => 'recovered')).toBe('recovered')
  })
})
