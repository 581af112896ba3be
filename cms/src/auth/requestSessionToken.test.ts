import { describe, expect, it } from 'vitest'
import { requestSessionToken, type TokenSources } from './requestSessionToken'

const config = (csrf: string[] = []): TokenSources =>
  ({ auth: { jwtOrder: ['JWT', 'Bearer', 'cookie'] }, cookiePrefix: 'payload', csrf }) as unknown as TokenSources
const headers = (entries: Record<string, string>) => new Headers(entries)

describe('requestSessionToken', () => {
  it('finds the token in `Authorization: JWT`, `Bearer` and the session cookie', () => {
    expect(requestSessionToken(headers({ authorization: 'JWT a.b.c' }), config())).toBe('a.b.c')
    expect(requestSessionToken(headers({ authorization: 'Bearer a.b.c' }), config())).toBe('a.b.c')
    expect(requestSessionToken(headers({ cookie: 'theme=dark; payload-token=a.b.c' }), config())).toBe('a.b.c')
  })

  it('prefers the header to the cookie, in Payload’s order', () => {
    expect(requestSessionToken(headers({ authorization: 'JWT header', cookie: 'payload-token=cookie' }), config())).toBe('header')
  })

  it('finds nothing in other schemes, other cookies or an empty header', () => {
    const refused: Array<Record<string, string>> = [
      { authorization: 'Basic abc' },
      { authorization: 'JWT ' },
      { cookie: 'other-token=a.b.c' },
      {},
    ]
    for (const entries of refused) expect(requestSessionToken(headers(entries), config())).toBeNull()
  })

  it('takes the cookie only from a listed origin or a same-site browser request once origins are listed', () => {
    const listed = config(['https://xuexi.example.org'])
    const cookie = 'payload-token=a.b.c'
    expect(requestSessionToken(headers({ cookie, origin: 'https://xuexi.example.org' }), listed)).toBe('a.b.c')
    expect(requestSessionToken(headers({ cookie, origin: 'https://evil.example.com' }), listed)).toBeNull()
    expect(requestSessionToken(headers({ cookie, 'sec-fetch-site': 'same-origin' }), listed)).toBe('a.b.c')
    expect(requestSessionToken(headers({ cookie, 'sec-fetch-site': 'cross-site' }), listed)).toBeNull()
    expect(requestSessionToken(headers({ cookie }), listed)).toBeNull()
  })
})
