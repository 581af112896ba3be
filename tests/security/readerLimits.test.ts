import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildPolicy } from '../support/factories'
import { sampleMemberToken } from '../support/sampleMemberToken'

interface Page {
  docs: Array<Record<string, unknown>>
  limit: number
  totalDocs: number
}
interface GraphQLAnswer {
  data?: Record<string, { docs: unknown[]; limit: number } | null> | null
  errors?: Array<{ message: string }>
}

let adminToken: string
let memberToken: string
let newestPolicy: number

// A chain of policies, each superseding the one before: `depth` populates one link per level.
beforeAll(async () => {
  adminToken = await loginToken()
  memberToken = await sampleMemberToken()
  let previous: number | undefined
  for (let link = 0; link < 5; link += 1) {
    const body = buildPolicy({ _status: 'published', ...(previous ? { supersedes: [previous] } : {}) })
    previous = (await apiJson<{ doc: { id: number } }>('/api/policies', { token: adminToken, method: 'POST', body })).body.doc.id
  }
  newestPolicy = previous as number
})

const graphQL = (query: string, token?: string) => apiJson<GraphQLAnswer>('/api/graphql', { token, method: 'POST', body: { query } })

function populatedLevels(policy: Record<string, unknown>): number {
  const next = (policy.supersedes as unknown[] | undefined)?.[0]
  return typeof next === 'object' && next !== null ? 1 + populatedLevels(next as Record<string, unknown>) : 0
}

describe.each([
  ['anonymous', () => undefined],
  ['member', () => memberToken],
])('a %s reader', (_who, token) => {
  it.each(['limit=0', 'limit=100000', 'pagination=false', 'limit=-1'])(
    'gets pages of at most 100 documents over REST (%s)',
    async (query) => {
      const { status, body } = await apiJson<Page>(`/api/policies?${query}&depth=0`, { token: token() })
      expect(status).toBe(200)
      expect(body.limit).toBeGreaterThan(0)
      expect(body.limit).toBeLessThanOrEqual(100)
      expect(body.docs.length).toBeLessThanOrEqual(100)
    },
  )

  it('gets relationships populated at most 2 levels deep over REST, listed and by id', async () => {
    const one = await apiJson<Record<string, unknown>>(`/api/policies/${newestPolicy}?depth=10`, { token: token() })
    expect(populatedLevels(one.body)).toBe(2)
    const list = await apiJson<Page>(`/api/policies?where[id][equals]=${newestPolicy}&depth=10`, { token: token() })
    expect(populatedLevels(list.body.docs[0] ?? {})).toBe(2)
  })

  it('gets pages of at most 100 documents over GraphQL', async () => {
    const { body } = await graphQL('{ Policies(limit: 0, pagination: false) { limit docs { id } } }', token())
    expect(body.data?.Policies?.limit).toBe(100)
  })

  it('is refused a GraphQL query nested deeper than 8 levels', async () => {
    const deep =
      '{ Policies(limit: 1) { docs { supersedes { supersedes { supersedes { supersedes { supersedes { supersedes { supersedes { id } } } } } } } } } }'
    const { body } = await graphQL(deep, token())
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toContain('查询嵌套太深')
  })

  it('is refused a GraphQL query that costs more than the complexity bound', async () => {
    const aliases = Array.from(
      { length: 60 },
      (_, index) => `p${index}: Policies(limit: 100) { docs { id title supersedes { id } } }`,
    ).join(' ')
    const { body } = await graphQL(`{ ${aliases} }`, token())
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/complexity/i)
  })

  it('cannot introspect the GraphQL schema in production', async () => {
    const { body } = await graphQL('{ __schema { types { name } } }', token())
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })
})

describe('staff', () => {
  it('may still ask for more than readers may', async () => {
    const { body } = await apiJson<Page>('/api/policies?limit=500&depth=0', { token: adminToken })
    expect(body.limit).toBe(500)
  })
})
