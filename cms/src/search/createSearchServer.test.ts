import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createSearchServer } from './createSearchServer'
import { anonymousReader } from './Reader'
import type { SearchIndex } from './SearchIndex'

let close: (() => void) | undefined
afterEach(() => close?.())

describe("the search process's health checks", () => {
  it('says it listens at once, and ready only once the process says so', async () => {
    let ready = false
    const server = createSearchServer({
      index: () => new Promise<SearchIndex>(() => undefined),
      readerOf: async () => anonymousReader,
      ready: () => ready,
      logError: () => undefined,
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    close = () => server.close()
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    expect((await fetch(`${origin}/healthz`)).status).toBe(200)
    const starting = await fetch(`${origin}/readyz`)
    expect(starting.status).toBe(503)
    expect(await starting.json()).toEqual({ status: 'starting' })

    ready = true
    const answer = await fetch(`${origin}/readyz`)
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ status: 'ready' })
  })
})
