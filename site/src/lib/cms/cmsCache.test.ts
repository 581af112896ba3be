import { beforeEach, describe, expect, it, vi } from 'vitest'

process.env.CMS_URL = 'http://cms.test'
process.env.CMS_CACHE_SECONDS = '60'
process.env.PAYLOAD_SECRET = 'a-config-secret-0123456789abcdef0123'
const { cachedCmsRead, clearCmsCache, cmsCacheLimits, cmsCacheSize } = await import('./cmsCache')

const sized = <T>(value: T, bytes = 10) => ({ value, bytes })

beforeEach(() => clearCmsCache())

describe('cachedCmsRead', () => {
  it('loads once for repeated and concurrent reads of the same key', async () => {
    const load = vi.fn(async () => sized({ docs: [1] }))
    const results = await Promise.all([cachedCmsRead('a', load), cachedCmsRead('a', load), cachedCmsRead('a', load)])
    expect(results).toEqual([{ docs: [1] }, { docs: [1] }, { docs: [1] }])
    expect(await cachedCmsRead('a', load)).toEqual({ docs: [1] })
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again after the cache is cleared or the entry is too old', async () => {
    const load = vi.fn(async () => sized('fresh'))
    await cachedCmsRead('b', load, 0)
    clearCmsCache()
    await cachedCmsRead('b', load, 1)
    await cachedCmsRead('b', load, 61_002)
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('does not keep a failed read', async () => {
    await expect(cachedCmsRead('c', async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cachedCmsRead('c', async () => sized('recovered'))).toBe('recovered')
  })

  it('never holds more entries than its bound, however many URLs visitors make up', async () => {
    for (let index = 0; index < cmsCacheLimits.maxEntries + 500; index += 1) await cachedCmsRead(`junk-${index}`, async () => sized(index))
    expect(cmsCacheSize().entries).toBe(cmsCacheLimits.maxEntries)
  })

  it('never holds more bytes than its bound, dropping the least recently used first', async () => {
    const big = Math.floor(cmsCacheLimits.maxBytes / 4)
    await cachedCmsRead('kept', async () => sized('kept', big))
    for (let index = 0; index < 10; index += 1) {
      await cachedCmsRead('kept', async () => sized('reloaded', big))
      await cachedCmsRead(`big-${index}`, async () => sized(index, big))
      expect(cmsCacheSize().bytes).toBeLessThanOrEqual(cmsCacheLimits.maxBytes)
    }
    expect(await cachedCmsRead('kept', async () => sized('reloaded', big))).toBe('kept')
  })
})
