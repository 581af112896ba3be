import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiJson, createUserViaApi, loginToken } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

// Issue 15, class 1: a member or organizer moved themselves to the root organization and then read
// every member, dashboard and export. Every field that decides access is written by admins only.
let database: pg.Client
let adminToken: string
let rootId: number

beforeAll(async () => {
  database = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await database.connect()
  adminToken = await loginToken()
  const roots = await database.query<{ id: number }>('select id from organizations where parent_id is null order by id limit 1')
  rootId = roots.rows[0]?.id as number
})

afterAll(async () => {
  await database?.end()
})

const storedAccount = async (id: number) =>
  (await database.query('select role, organization_id, email, username from users where id = $1', [id])).rows[0]

describe.each(['member', 'organizer'] as const)('a %s moving themselves in the tree', (role) => {
  it('is refused over REST with a Chinese message, and nothing changes', async () => {
    const self = await createUserViaApi(adminToken, role)
    const token = await loginToken(self)
    const before = await storedAccount(self.id)
    const answer = await apiJson<{ errors: Array<{ message: string; data?: { code?: string } }> }>(`/api/users/${self.id}`, {
      token,
      method: 'PATCH',
      body: { organization: rootId, role: 'admin' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0]?.data?.code).toBe('account.adminOnlyField')
    expect(answer.body.errors[0]?.message).toMatch(/只有管理员可以修改/)
    expect(await storedAccount(self.id)).toEqual(before)
  })

  it('is refused over GraphQL and through a bulk update, and nothing changes', async () => {
    const self = await createUserViaApi(adminToken, role)
    const token = await loginToken(self)
    const before = await storedAccount(self.id)
    const graphql = await apiJson<{ errors?: Array<{ extensions?: { statusCode?: number } }> }>('/api/graphql', {
      token,
      method: 'POST',
      body: { query: `mutation { updateUser(id: ${self.id}, data: { organization: ${rootId} }) { id } }` },
    })
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const bulk = await apiJson(`/api/users?where[id][equals]=${self.id}`, { token, method: 'PATCH', body: { organization: rootId } })
    expect(bulk.status).not.toBe(200)
    expect(await storedAccount(self.id)).toEqual(before)
  })
})

it('keeps a sample organizer’s view of members the same after they try to move to the root', async () => {
  const token = await loginToken({ username: sampleMembers.organizer, password: sampleMembers.password })
  const me = await apiJson<{ user: { id: number } }>('/api/users/me', { token })
  const seen = async () => (await apiJson<{ totalDocs: number }>('/api/users?limit=1', { token })).body.totalDocs
  const before = await seen()
  await apiJson(`/api/users/${me.body.user.id}`, { token, method: 'PATCH', body: { organization: rootId } })
  expect(await seen()).toBe(before)
})
