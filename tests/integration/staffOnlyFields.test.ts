import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const internal = ['reviewStatus', 'reviewComment', 'submittedBy', 'reviewedBy', 'reviewedAt', 'updatedBy', 'importSource', 'importHash']

describe('staff-only fields through the Local API', () => {
  it('are left out of documents read for a member or an organizer (overrideAccess: false), listed, by id and in versions', async () => {
    const reviewer = await createUser(payload, 'reviewer')
    const article = await payload.create({
      collection: 'articles',
      data: buildArticle({
        _status: 'published',
        reviewStatus: 'approved',
        reviewComment: '内部意见',
        importSource: `articles:${crypto.randomUUID()}`,
      }),
      user: reviewer,
    })
    for (const role of ['member', 'organizer'] as const) {
      const user = await createUser(payload, role)
      const listed = await payload.find({ collection: 'articles', where: { id: { equals: article.id } }, overrideAccess: false, user })
      const byId = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false, user })
      for (const doc of [listed.docs[0], byId]) {
        expect(doc?.title).toBe(article.title)
        for (const field of internal) expect(doc).not.toHaveProperty(field)
      }
      await expect(payload.findVersions({ collection: 'articles', overrideAccess: false, user })).rejects.toThrow()
    }
  })

  it('still reach staff and server code', async () => {
    const reviewer = await createUser(payload, 'reviewer')
    const article = await payload.create({ collection: 'articles', data: buildArticle({ reviewComment: '内部意见' }) })
    expect(
      (await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false, user: reviewer, draft: true }))
        .reviewComment,
    ).toBe('内部意见')
    expect((await payload.findByID({ collection: 'articles', id: article.id, draft: true })).reviewComment).toBe('内部意见')
  })
})
