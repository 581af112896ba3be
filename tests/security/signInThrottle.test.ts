import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loginFrom, portalLoginFrom, requestFrom } from '../support/clientFrom'
import { createUserViaApi, loginToken } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

// Issue 15, class 3: password guessing was not throttled, and five failures locked any account (the
// admin's too) for everyone. Addresses are simulated with X-Forwarded-For sent through the trusted
// front proxy from 127.0.0.1, or by connecting from another loopback address, which no proxy vouches for.
let database: pg.Client
let adminToken: string

beforeAll(async () => {
  database = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await database.connect()
  adminToken = await loginToken()
})

afterAll(async () => {
  await database?.end()
})

const errorOf = (text: string) => (JSON.parse(text) as { errors: Array<{ message: string; data?: { code?: string } }> }).errors[0]

describe('signing in', () => {
  it('answers 429 with Retry-After once one address has failed on many accounts, over REST, GraphQL and the portal', async () => {
    const address = '198.51.100.10'
    const statuses: number[] = []
    for (let account = 0; account < 60; account++) {
      const loginId = account < 24 ? `138000000${String(account + 1).padStart(2, '0')}` : `1390000${String(account).padStart(4, '0')}`
      const answer = await loginFrom(address, { username: loginId, password: 'guess-123456' })
      statuses.push(answer.status)
      if (answer.status === 429) {
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
        expect(errorOf(answer.text)).toMatchObject({
          data: { code: 'signIn.throttled' },
          message: expect.stringMatching(/登录尝试过于频繁/),
        })
      }
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true)

    const graphql = await requestFrom('127.0.0.1', '/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        query: `mutation { loginUser(email: "", username: "${sampleMembers.member}", password: "${sampleMembers.password}") { token } }`,
      }),
    })
    expect(Number(graphql.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(graphql.text).errors[0]).toMatchObject({ extensions: { statusCode: 429, data: { code: 'signIn.throttled' } } })

    const portal = await portalLoginFrom(address, sampleMembers.member, sampleMembers.password)
    expect(portal.status).toBe(429)
    expect(Number(portal.headers['retry-after'])).toBeGreaterThan(0)
    expect(portal.text).toContain('登录尝试过于频繁')
  }, 180_000)

  it('keeps the counters in PostgreSQL, where every CMS process and instance reads them', async () => {
    const { rows } = await database.query<{ hits: number }>(
      `select hits from auth_throttle where scope = 'login.address' and key = '198.51.100.10'`,
    )
    expect(rows[0]?.hits).toBe(20)
  })

  it('does not let a stranger’s failures from one address keep an administrator out from another', async () => {
    const admin = await createUserViaApi(adminToken, 'admin')
    for (let guess = 0; guess < 5; guess++)
      expect((await loginFrom('203.0.113.50', { email: admin.email, password: `guess-${guess}` })).status).toBe(401)
    expect((await loginFrom('203.0.113.50', { email: admin.email, password: admin.password })).status).toBe(429)
    expect((await loginFrom('192.0.2.60', { email: admin.email, password: admin.password })).status).toBe(200)
  })

  it('meets failures from many addresses with short delays, never for an address the account signed in from', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    expect((await loginFrom('192.0.2.70', { email: member.email, password: member.password })).status).toBe(200)
    for (let stranger = 1; stranger <= 16; stranger++)
      await loginFrom(`203.0.113.${100 + stranger}`, { email: member.email, password: 'guess' })
    const fromNewPlace = await loginFrom('192.0.2.71', { email: member.email, password: member.password })
    expect(fromNewPlace.status).toBe(429)
    expect(Number(fromNewPlace.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect((await loginFrom('192.0.2.70', { email: member.email, password: member.password })).status).toBe(200)
  })

  it('does not believe X-Forwarded-For from a client that is no trusted proxy', async () => {
    for (let guess = 0; guess < 20; guess++) {
      const spoofed = `198.51.100.${200 + guess}`
      expect(
        (await loginFrom(spoofed, { username: `1391111${String(guess).padStart(4, '0')}`, password: 'guess' }, '127.0.0.2')).status,
      ).toBe(401)
    }
    expect(
      (await loginFrom('198.51.100.250', { username: sampleMembers.member, password: sampleMembers.password }, '127.0.0.2')).status,
    ).toBe(429)
    const realIp = await requestFrom('127.0.0.2', '/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-real-ip': '198.51.100.251' },
      body: JSON.stringify({ username: sampleMembers.member, password: sampleMembers.password }),
    })
    expect(realIp.status).toBe(429)
  }, 120_000)

  it('throttles the portal’s sign-in form per real client, which the portal passes on to the CMS', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    for (let guess = 0; guess < 5; guess++) {
      const wrong = await portalLoginFrom('198.51.100.77', member.email, `guess-${guess}`, '127.0.0.3')
      expect(wrong.status).toBe(401)
      expect(wrong.text).toContain('账号或密码不正确')
    }
    expect((await portalLoginFrom('198.51.100.78', member.email, member.password, '127.0.0.3')).status).toBe(429)
    expect((await portalLoginFrom(null, member.email, member.password, '127.0.0.4')).status).toBe(303)
  })
})

describe('asking for a reset e-mail', () => {
  const ask = (address: string, email: string) =>
    requestFrom('127.0.0.1', '/api/users/forgot-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email }),
    })
  const mailsTo = async (email: string) => {
    const outbox = path.join(inject('stackDataDir'), 'outbox')
    let count = 0
    for (const file of await readdir(outbox).catch(() => [])) {
      if ((JSON.parse(await readFile(path.join(outbox, file), 'utf8')) as { to: string }).to === email) count++
    }
    return count
  }

  it('answers 429 with Retry-After after three requests for one account, from any addresses, and sends no more mail', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    for (let request = 0; request < 3; request++) expect((await ask(`192.0.2.${10 + request}`, member.email)).status).toBe(200)
    const refused = await ask('192.0.2.20', member.email)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(errorOf(refused.text)).toMatchObject({ data: { code: 'reset.throttled' } })
    for (let request = 0; request < 10; request++) await ask(`192.0.2.${30 + request}`, member.email)
    expect(await mailsTo(member.email)).toBeLessThanOrEqual(3)
  })

  it('answers 429 after five requests from one address, for existing and missing accounts alike', async () => {
    for (let request = 0; request < 5; request++) expect((await ask('198.51.100.90', `someone-${request}@example.org`)).status).toBe(200)
    expect((await ask('198.51.100.90', 'someone-else@example.org')).status).toBe(429)
    const member = await createUserViaApi(adminToken, 'member')
    expect((await ask('198.51.100.90', member.email)).status).toBe(429)
    expect(await mailsTo(member.email)).toBe(0)
  })
})
