import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildArticle, buildPolicy } from '../support/factories'
import { sampleMemberToken } from '../support/sampleMemberToken'

// Editorial and import bookkeeping that only staff may read, and a campaign's creator.
const internalFields = [
  'reviewStatus',
  'reviewComment',
  'submittedBy',
  'reviewedBy',
  'reviewedAt',
  'updatedBy',
  'importSource',
  'importHash',
  'contentHash',
  'sourceDocument',
]
const contentCollections = ['articles', 'policies', 'videos', 'lectures', 'announcements'] as const

let adminToken: string
let memberToken: string
const readers: Array<{ who: string; token: () => string | undefined }> = [
  { who: 'anonymous', token: () => undefined },
  { who: 'member', token: () => memberToken },
]

function internalKeysIn(json: unknown): string[] {
  const text = JSON.stringify(json)
  return [...internalFields, 'organizer'].filter((field) => text.includes(`"${field}":`))
}

beforeAll(async () => {
  adminToken = await loginToken()
  memberToken = await sampleMemberToken()
  // A published article with a review comment and an approved policy superseding another, so populated
  // relationships (depth) carry other documents' bookkeeping too.
  const older = await apiJson<{ doc: { id: number } }>('/api/policies', {
    token: adminToken,
    method: 'POST',
    body: buildPolicy({ _status: 'published' }),
  })
  await apiJson('/api/policies', {
    token: adminToken,
    method: 'POST',
    body: buildPolicy({ _status: 'published', supersedes: [older.body.doc.id] }),
  })
  await apiJson('/api/articles', {
    token: adminToken,
    method: 'POST',
    body: buildArticle({ _status: 'published', reviewStatus: 'approved', reviewComment: '内部意见：第三段需核实' }),
  })
})

describe('staff-only fields', () => {
  for (const reader of readers) {
    for (const collection of [...contentCollections, 'media', 'topics', 'campaigns']) {
      it(`never reach ${reader.who} readers of ${collection} over REST, listed or by id, at any depth`, async () => {
        const list = await apiJson<{ docs: Array<{ id: number }> }>(`/api/${collection}?depth=2&limit=20`, { token: reader.token() })
        expect(list.status).toBe(200)
        expect(list.body.docs.length).toBeGreaterThan(0)
        expect(internalKeysIn(list.body)).toEqual([])
        const one = await apiJson(`/api/${collection}/${list.body.docs[0]?.id}?depth=2`, { token: reader.token() })
        expect(internalKeysIn(one.body)).toEqual([])
      })
    }

    it(`never reach ${reader.who} readers over GraphQL`, async () => {
      const query = `{ Articles(limit: 50) { docs { title reviewStatus reviewComment reviewedAt updatedBy { id } reviewedBy { id } importSource importHash } } }`
      const { body } = await apiJson<{ data: { Articles: { docs: Array<Record<string, unknown>> } } }>('/api/graphql', {
        token: reader.token(),
        method: 'POST',
        body: { query },
      })
      const docs = body.data.Articles.docs
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        for (const field of ['reviewStatus', 'reviewComment', 'reviewedAt', 'updatedBy', 'reviewedBy', 'importSource', 'importHash'])
          expect(doc[field] ?? null).toBeNull()
      }
    })

    it(`keep versions and drafts from ${reader.who} readers`, async () => {
      for (const collection of contentCollections) {
        const versions = await apiJson(`/api/${collection}/versions?limit=5`, { token: reader.token() })
        expect(versions.status).toBe(403)
      }
      const drafts = await apiJson<{ docs: Array<{ _status?: string }> }>('/api/articles?draft=true&where[_status][equals]=draft', {
        token: reader.token(),
      })
      expect(drafts.body.docs ?? []).toEqual([])
    })
  }

  it('still reach staff, who work with them', async () => {
    const { body } = await apiJson<{ docs: Array<Record<string, unknown>> }>('/api/articles?limit=5', { token: adminToken })
    expect(body.docs[0]).toHaveProperty('reviewStatus')
    expect(body.docs[0]).toHaveProperty('updatedBy')
  })
})
