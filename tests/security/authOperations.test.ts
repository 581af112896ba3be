import pg from 'pg'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { apiJson, createUserViaApi, loginToken } from '../support/cmsApi'
import { stackAdmin } from '../support/stackAdmin'

// Issue 15, class 2: any member could unlock the admin, and the answer told whether an account
// existed. Auth operations other than one's own sign-in, sign-out, password change and reset are
// administrators' only, and no answer tells who has an account.
let adminToken: string
let memberToken: string

beforeAll(async () => {
  adminToken = await loginToken()
  memberToken = await loginToken(await createUserViaApi(adminToken, 'member'))
})

const missing = 'nobody-here@example.org'

describe('unlock', () => {
  it.each([
    ['an anonymous visitor', () => undefined],
    ['a member', () => memberToken],
  ])('is refused to %s, the same way for an existing and a missing account', async (_who, token) => {
    const existing = await apiJson('/api/users/unlock', { token: token(), method: 'POST', body: { email: stackAdmin.email } })
    const absent = await apiJson('/api/users/unlock', { token: token(), method: 'POST', body: { email: missing } })
    expect(existing.status).toBe(403)
    expect(absent).toEqual(existing)
  })

  it('does not exist over GraphQL, the same way for an existing and a missing account', async () => {
    const unlock = (email: string) =>
      apiJson<{ errors?: Array<{ message: string; extensions?: { statusCode?: number } }> }>('/api/graphql', {
        token: memberToken,
        method: 'POST',
        body: { query: `mutation { unlockUser(email: "${email}", username: "") }` },
      })
    // Payload offers unlockUser only with its own lockout, which sign-in throttling replaced.
    const existing = await unlock(stackAdmin.email)
    expect(existing.body.errors?.[0]?.message).toMatch(/unlockUser/)
    expect((await unlock(missing)).body).toEqual(existing.body)
  })

  it('is allowed to an administrator', async () => {
    expect((await apiJson('/api/users/unlock', { token: adminToken, method: 'POST', body: { email: stackAdmin.email } })).status).toBe(200)
  })
})

describe('other auth operations', () => {
  it('keeps first-register closed once users exist', async () => {
    const answer = await apiJson('/api/users/first-register', {
      method: 'POST',
      body: { email: 'second-admin@example.org', password: 'correct-horse-battery', name: '冒充', role: 'admin' },
    })
    expect(answer.status).toBe(403)
  })

  it('verifies nothing (accounts need no e-mail verification)', async () => {
    const answer = await apiJson<{ errors: Array<{ data?: { code?: string } }> }>(`/api/users/verify/${'ab'.repeat(20)}`, {
      method: 'POST',
      body: {},
    })
    expect(answer.status).toBe(404)
    expect(answer.body.errors[0]?.data?.code).toBe('account.noVerification')
  })

  it('refreshes only the caller’s own session', async () => {
    expect((await apiJson('/api/users/refresh-token', { method: 'POST', body: {} })).status).not.toBe(200)
    const refreshed = await apiJson<{ user: { id: number } }>('/api/users/refresh-token', { token: memberToken, method: 'POST', body: {} })
    const me = await apiJson<{ user: { id: number } }>('/api/users/me', { token: memberToken })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.user.id).toBe(me.body.user.id)
  })

  it('refuses a refresh whose session was signed out while it waited, instead of writing the session back', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const token = await loginToken(member)
    const database = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
    await database.connect()
    try {
      // Hold the member's row as a sign-out elsewhere does while it removes the session.
      await database.query('begin')
      await database.query('select id from users where id = $1 for update', [member.id])
      const refresh = apiJson('/api/users/refresh-token', { token, method: 'POST', body: {} })
      const waitingOnRow = async () =>
        (
          await database.query<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity
              where wait_event_type = 'Lock' and datname = current_database() and pid <> pg_backend_pid()`,
          )
        ).rows[0]?.waiting
      await expect.poll(waitingOnRow, { timeout: 30_000 }).toBeGreaterThan(0)
      await database.query('delete from users_sessions where _parent_id = $1', [member.id])
      await database.query('commit')
      expect((await refresh).status).toBe(403)
      expect((await apiJson<{ user: unknown }>('/api/users/me', { token })).body.user).toBeNull()
    } finally {
      await database.end()
    }
  })

  it('answers a reset request the same for an existing and a missing account', async () => {
    const existing = await apiJson('/api/users/forgot-password', { method: 'POST', body: { email: stackAdmin.email } })
    const absent = await apiJson('/api/users/forgot-password', { method: 'POST', body: { email: missing } })
    expect(existing.status).toBe(200)
    expect(absent).toEqual(existing)
  })

  it('answers a failed sign-in the same for an existing and a missing account', async () => {
    const existing = await apiJson('/api/users/login', { method: 'POST', body: { email: stackAdmin.email, password: 'not-the-password' } })
    const absent = await apiJson('/api/users/login', { method: 'POST', body: { email: missing, password: 'not-the-password' } })
    expect(existing.status).toBe(401)
    expect(absent).toEqual(existing)
  })
})
