import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createSearchServer } from './createSearchServer'
import { indexWithin } from './indexWithin'
import { anonymousReader } from './Reader'
import type { SearchIndex } from './SearchIndex'

let close: (() => void) | undefined
afterEach(() => close?.())

describe('a search while the index is still being built', () => {
  it('answers 503 with Retry-After and a message saying to try again, instead of hanging', async () => {
    const building = new Promise<SearchIndex>(() => undefined)
    const server = createSearchServer({
      index: () => indexWithin(building, 20),
      readerOf: async () => anonymousReader,
      logError: () => undefined,
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    close = () => server.close()
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/search?q=党建`)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    const body = (await response.json()) as { errors: Array<{ message: string; data: { code: string } }> }
    expect(body.errors[0]?.data.code).toBe('search.indexLoading')
    expect(body.errors[0]?.message).toContain('秒后再试')
  })
})
