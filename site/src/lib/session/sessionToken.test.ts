import { describe, expect, it } from 'vitest'
import { sessionExpiry, sessionToken } from './sessionToken'

describe('sessionToken', () => {
  it.each([
    ['no cookie header', null, null],
    ['other cookies only', 'theme=dark; lang=zh', null],
    ['the session cookie among others', 'theme=dark; payload-token=abc.def=; lang=zh', 'abc.def='],
    ['an empty session cookie', 'payload-token=', null],
    ['a cookie whose name merely ends like it', 'old-payload-token=x', null],
  ])('reads %s', (_case, header, expected) => {
    expect(sessionToken(header)).toBe(expected)
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
