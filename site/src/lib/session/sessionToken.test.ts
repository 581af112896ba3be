import type { APIRoute } from 'astro'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import { sessionExpiry, sessionToken } from './sessionToken'

// The token as Astro's own cookies give it to a route (the middleware and /logout read it so).
const GET: APIRoute = ({ cookies }) => Response.json(sessionToken(cookies))
let container: AstroContainer

beforeAll(async () => {
  container = await AstroContainer.create()
})

async function tokenIn(cookieHeader: string | null): Promise<string | null> {
  const request = new Request('http://portal.test/', { headers: cookieHeader === null ? {} : { cookie: cookieHeader } })
  // The container takes an endpoint module where its types name a component.
  const response = await container.renderToResponse({ GET } as never, { routeType: 'endpoint', request })
  return (await response.json()) as string | null
}

describe('sessionToken', () => {
  it.each([
    ['no cookie header', null, null],
    ['other cookies only', 'theme=dark; lang=zh', null],
    ['the session cookie among others', 'theme=dark; payload-token=abc.def=; lang=zh', 'abc.def='],
    ['an empty session cookie', 'payload-token=', null],
    ['a cookie whose name merely ends like it', 'old-payload-token=x', null],
    ['the first of two session cookies', 'payload-token=first; payload-token=second', 'first'],
    ['nothing when the first of two session cookies is empty', 'payload-token=; payload-token=second', null],
    ['a percent-encoded value as sent', 'payload-token=a%2Eb%3Dc', 'a%2Eb%3Dc'],
    ['a malformed percent-encoding as sent', 'payload-token=a%zz', 'a%zz'],
  ])('reads %s', async (_case, header, expected) => {
    expect(await tokenIn(header)).toBe(expected)
  })
})

describe('sessionExpiry', () => {
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`

  it('reads the expiry of a JWT', () => {
    expect(sessionExpiry(jwt({ exp: 1_900_000_000 })).toISOString()).toBe('2030-03-17T17:46:40.000Z')
  })

  it('gives an unreadable token one day', () => {
    expect(sessionExpiry('not-a-jwt', 0).getTime()).toBe(24 * 60 * 60 * 1000)
  })
})
