import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

const graphql = async (token: string, query: string) => {
  const response = await fetch(stackUrl('/api/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as { data?: Record<string, { docs?: unknown[] } | null>; errors?: unknown[] }
}

describe("Payload's internal collections", () => {
  let adminToken: string
  let memberToken: string
  let lockId: number

  beforeAll(async () => {
    adminToken = await loginToken()
    memberToken = await loginToken({ username: sampleMembers.member, password: sampleMembers.password })
    const articles = await apiJson<{ docs: Array<{ id: number }> }>('/api/articles?limit=1', { token: adminToken })
    const lock = await apiJson<{ doc: { id: number } }>('/api/payload-locked-documents', {
      token: adminToken,
      method: 'POST',
      body: { document: { relationTo: 'articles', value: articles.body.docs[0]?.id }, user: { relationTo: 'users', value: 1 } },
    })
    expect(lock.status).toBe(201)
    lockId = lock.body.doc.id
  })

  it('keeps members away from the document locks over REST: list, read, create, update, delete', async () => {
    const list = await apiJson<{ docs?: unknown[] }>('/api/payload-locked-documents', { token: memberToken })
    expect(list.status).toBe(403)
    expect((await apiJson(`/api/payload-locked-documents/${lockId}`, { token: memberToken })).status).toBe(403)
    const create = await apiJson('/api/payload-locked-documents', {
      token: memberToken,
      method: 'POST',
      body: { globalSlug: 'points-rules', user: { relationTo: 'users', value: 1 } },
    })
    expect(create.status).toBe(403)
    expect((await apiJson(`/api/payload-locked-documents/${lockId}`, { token: memberToken, method: 'PATCH', body: {} })).status).toBe(403)
    expect((await apiJson(`/api/payload-locked-documents/${lockId}`, { token: memberToken, method: 'DELETE' })).status).toBe(403)
    expect((await apiJson(`/api/payload-locked-documents/${lockId}`, { token: adminToken })).status).toBe(200)
  })

  it('keeps members away from the document locks over GraphQL', async () => {
    const answer = await graphql(memberToken, '{ PayloadLockedDocuments { docs { id } } }')
    expect(answer.data?.PayloadLockedDocuments?.docs ?? []).toEqual([])
    expect(answer.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('keeps members away from migrations, jobs and the versions of content', async () => {
    expect((await apiJson('/api/payload-migrations', { token: memberToken })).status).toBeGreaterThanOrEqual(403)
    expect((await apiJson('/api/payload-jobs', { token: memberToken })).status).toBe(403)
    for (const path of ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
      const run = await fetch(stackUrl(path), { headers: { authorization: `JWT ${memberToken}` } })
      expect(run.status, path).toBe(401)
    }
    expect((await apiJson('/api/articles/versions', { token: memberToken })).status).toBe(403)
    expect((await apiJson('/api/policies/versions', { token: memberToken })).status).toBe(403)
  })

  it('shows a member only their own preferences', async () => {
    await apiJson('/api/payload-preferences/portal-test', { token: adminToken, method: 'POST', body: { value: { secret: 'admin-only' } } })
    const list = await apiJson<{ docs: Array<{ key: string }> }>('/api/payload-preferences?limit=100', { token: memberToken })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.key)).not.toContain('portal-test')
  })
})
