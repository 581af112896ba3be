import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { afterEach, describe, expect, it } from 'vitest'
import { createTrackingServer, type TrackingRoute } from './createTrackingServer'
import { maxTrackingBodyBytes } from './trackingBody'

let server: http.Server | undefined

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A tracking server on a free loopback port whose heartbeat answer echoes what it was given (and any other routes). */
async function serve(answer: TrackingRoute['answer'], logged: unknown[] = [], more: TrackingRoute[] = []): Promise<string> {
  const heartbeats: TrackingRoute = { method: 'POST', serves: (pathname) => pathname === publicPaths.readingEvents, answer }
  server = createTrackingServer({ routes: [heartbeats, ...more], logError: (error) => logged.push(error) })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const echo: TrackingRoute['answer'] = async ({ headers, text }) => {
  const body = await text()
  return { status: 200, body: JSON.stringify({ cookie: headers.get('cookie'), bytes: Buffer.byteLength(body) }) }
}

describe('createTrackingServer', () => {
  it('passes the session cookie and the body of a POST to the answer, and answers uncached JSON', async () => {
    const url = await serve(echo)
    const response = await fetch(`${url}${publicPaths.readingEvents}`, {
      method: 'POST',
      headers: { cookie: 'payload-token=abc' },
      body: '{"events":[]}',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ cookie: 'payload-token=abc', bytes: 13 })
  })

  it('reads no more of an oversized body than it takes to see that it is too large', async () => {
    const url = await serve(echo)
    const response = await fetch(`${url}${publicPaths.readingEvents}`, { method: 'POST', body: 'x'.repeat(maxTrackingBodyBytes * 3) })
    expect(await response.json()).toMatchObject({ bytes: maxTrackingBodyBytes + 1 })
  })

  it('answers only POST, and only on the heartbeat path', async () => {
    const url = await serve(echo)
    const get = await fetch(`${url}${publicPaths.readingEvents}`)
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect((await fetch(`${url}/api/search`, { method: 'POST', body: '{}' })).status).toBe(404)
  })

  it('sends each path to the route that serves it, with its path', async () => {
    const visits: TrackingRoute = {
      method: 'GET',
      serves: (pathname) => pathname.startsWith('/api/study/visit/'),
      answer: async ({ pathname }) => ({ status: 200, body: JSON.stringify({ pathname }) }),
    }
    const url = await serve(echo, [], [visits])
    expect(await (await fetch(`${url}/api/study/visit/articles/3?x=1`)).json()).toEqual({ pathname: '/api/study/visit/articles/3' })
    const post = await fetch(`${url}/api/study/visit/articles/3`, { method: 'POST', body: '{}' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')
  })

  it('logs an unexpected failure and answers 500 without details', async () => {
    const logged: unknown[] = []
    const url = await serve(async () => {
      throw new Error('secret detail')
    }, logged)
    const response = await fetch(`${url}${publicPaths.readingEvents}`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('secret detail')
    expect(logged).toHaveLength(1)
  })
})
