import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const anonymousFind = (slug: string | null | undefined) =>
  payload.find({ collection: 'articles', where: { slug: { equals: slug ?? '' } }, overrideAccess: false })

describe('article visibility', () => {
  it('hides a draft from anonymous readers but shows it to an editor', async () => {
    const editor = await createUser(payload, 'editor')
    const draft = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'draft' }), draft: true })

    expect((await anonymousFind(draft.slug)).totalDocs).toBe(0)
    const asEditor = await payload.find({
      collection: 'articles',
      where: { slug: { equals: draft.slug } },
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(asEditor.docs.map((doc) => doc.id)).toEqual([draft.id])
  })

  it('shows anonymous readers the published version, never a newer unpublished edit', async () => {
    const article = await payload.create({ collection: 'articles', data: buildArticle({ title: '已发布标题', _status: 'published' }) })
    await payload.update({ collection: 'articles', id: article.id, data: { title: '尚未发布的修改' }, draft: true })

    const seen = await anonymousFind(article.slug)
    expect(seen.docs.map((doc) => doc.title)).toEqual(['已发布标题'])
    const asDraft = await payload.find({
      collection: 'articles',
      where: { slug: { equals: article.slug } },
      overrideAccess: false,
      draft: true,
    })
    expect(asDraft.docs.map((doc) => doc.title)).toEqual(['已发布标题'])
  })

  it('keeps version history away from anonymous readers and members', async () => {
    const article = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
    const member = await createUser(payload, 'member')
    for (const user of [undefined, member]) {
      await expect(
        payload.findVersions({ collection: 'articles', where: { parent: { equals: article.id } }, overrideAccess: false, user }),
      ).rejects.toThrow()
    }
  })

  it('stops a member from writing articles', async () => {
    const member = await createUser(payload, 'member')
    await expect(payload.create({ collection: 'articles', data: buildArticle(), overrideAccess: false, user: member })).rejects.toThrow()
  })
})
