import { JWT_AUTH_VERSION, jwtSign } from 'payload'
import { describe, expect, it } from 'vitest'
import { payloadSecretOf } from './payloadSecretOf'
import { checkedSessionTokens, payloadJwtAuthVersion, verifySessionToken } from './sessionSignature'

const key = payloadSecretOf('a-config-secret-0123456789abcdef0123')
const claims = { id: 7, collection: 'users', email: 'a@example.org', sid: 'session-1' }
const payloadToken = async (secret = key, tokenExpiration = 3600) =>
  (await jwtSign({ fieldsToSign: claims, secret, tokenExpiration })).token

describe('verifySessionToken', () => {
  it('reads a session Payload signed with the same config secret', async () => {
    expect(verifySessionToken(key, await payloadToken())).toMatchObject({ id: 7, sid: 'session-1' })
  })

  it('refuses a session signed with another secret', async () => {
    expect(verifySessionToken(key, await payloadToken(payloadSecretOf('another-secret-0123456789abcdef0123')))).toBeUndefined()
  })

  it('refuses a session whose claims were changed after signing', async () => {
    const [header, , signature] = (await payloadToken()).split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, id: 8, exp: 4_000_000_000 })).toString('base64url')
    expect(verifySessionToken(key, `${header}.${forged}.${signature}`)).toBeUndefined()
  })

  it('refuses an expired session', async () => {
    const token = await payloadToken()
    expect(verifySessionToken(key, token, Date.now() + 3601 * 1000)).toBeUndefined()
  })

  it('refuses what is not a JWT', () => {
    for (const token of ['', 'abc', 'a.b.c', 'a.b.c.d']) expect(verifySessionToken(key, token)).toBeUndefined()
  })

  it('expects the auth version Payload signs with', () => {
    expect(payloadJwtAuthVersion).toBe(JWT_AUTH_VERSION)
  })
})

describe('checkedSessionTokens', () => {
  it('reads a genuine token again after its first check, and refuses it once it has expired', async () => {
    const check = checkedSessionTokens(key)
    const token = await payloadToken()
    expect(check(token)).toMatchObject({ id: 7 })
    expect(check(token)).toMatchObject({ id: 7 })
    expect(check(token, Date.now() + 3601 * 1000)).toBeUndefined()
  })

  it('refuses a forged or altered token every time, also after the genuine one was read', async () => {
    const check = checkedSessionTokens(key)
    const token = await payloadToken()
    const forged = await payloadToken(payloadSecretOf('another-secret-0123456789abcdef0123'))
    expect(check(token)).toMatchObject({ id: 7 })
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(check(forged)).toBeUndefined()
      expect(check(`${token}x`)).toBeUndefined()
    }
  })
})
