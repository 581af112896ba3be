import type { Media, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, createOrganization, createUser } from '../support/factories'
import { redSquarePng } from '../support/importFixtures'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function image(name: string): Promise<Media> {
  const data = await redSquarePng()
  return payload.create({
    collection: 'media',
    data: { alt: name },
    file: { data, name: `${name}.png`, mimetype: 'image/png', size: data.length },
  })
}

/** Whether `user` (null: anonymous) finds the file by id and in the list, through Payload's access rules. */
async function canSee(user: User | null, media: Media): Promise<boolean> {
  const asUser = user ? { overrideAccess: false, user } : { overrideAccess: false }
  const listed = await payload.find({ collection: 'media', where: { id: { equals: media.id } }, depth: 0, ...asUser })
  const byId = await payload.findByID({ collection: 'media', id: media.id, depth: 0, disableErrors: true, ...asUser })
  expect(Boolean(byId)).toBe(listed.docs.length === 1)
  return listed.docs.length === 1
}

describe('media readers follow the items that use them', () => {
  it('shows the cover of a members-only, organization or draft item only to readers of one of its items', async () => {
    const committee = await createOrganization(payload, '媒体党委')
    const branch = await createOrganization(payload, '媒体支部', committee.id)
    const other = await createOrganization(payload, '媒体别的党委')
    const insider = await createUser(payload, 'member', { organization: branch.id })
    const outsider = await createUser(payload, 'member', { organization: other.id })
    const editor = await createUser(payload, 'editor')
    const membersCover = await image('members-cover')
    const branchCover = await image('branch-cover')
    const draftCover = await image('draft-cover')
    const unused = await image('unused')
    await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', visibility: 'members', cover: membersCover.id }),
    })
    await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', visibility: 'organizations', organizations: [committee.id], cover: branchCover.id }),
    })
    await payload.create({ collection: 'articles', data: buildArticle({ _status: 'draft', cover: draftCover.id }), draft: true })

    expect(await canSee(null, membersCover)).toBe(false)
    expect(await canSee(outsider, membersCover)).toBe(true)
    expect(await canSee(null, branchCover)).toBe(false)
    expect(await canSee(outsider, branchCover)).toBe(false)
    expect(await canSee(insider, branchCover)).toBe(true)
    for (const user of [null, insider]) {
      expect(await canSee(user, draftCover)).toBe(false)
      expect(await canSee(user, unused)).toBe(false)
    }
    expect(await canSee(editor, draftCover)).toBe(true)
  })

  it('opens a file once a public item uses it, and closes it again when that item is unpublished or deleted', async () => {
    const body = await image('body-image')
    const cover = await image('shared-cover')
    const bodyWithImage = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: body.id, fields: null }],
      },
    }
    const article = await payload.create({
      collection: 'articles',
      data: { ...buildArticle({ _status: 'published', cover: cover.id }), body: bodyWithImage } as never,
    })
    expect(await canSee(null, body)).toBe(true)
    expect(await canSee(null, cover)).toBe(true)
    await payload.update({ collection: 'articles', id: article.id, data: { visibility: 'members' } })
    expect(await canSee(null, body)).toBe(false)
    await payload.update({ collection: 'articles', id: article.id, data: { visibility: 'public', _status: 'draft' } })
    expect(await canSee(null, cover)).toBe(false)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await canSee(null, cover)).toBe(true)
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await canSee(null, cover)).toBe(false)
  })

  it('lets the uploader see a file no item uses yet, and nobody else but staff', async () => {
    const organizer = await createUser(payload, 'organizer')
    const member = await createUser(payload, 'member')
    const data = await redSquarePng()
    const upload = await payload.create({
      collection: 'media',
      data: { alt: '活动封面' },
      file: { data, name: 'organizer-cover.png', mimetype: 'image/png', size: data.length },
      overrideAccess: false,
      user: organizer,
    })
    expect(await canSee(organizer, upload)).toBe(true)
    expect(await canSee(member, upload)).toBe(false)
  })

  it('refuses to let anyone set who may read a file by hand', async () => {
    const admin = await createUser(payload, 'admin')
    const media = await image('hand-set')
    const updated = await payload.update({
      collection: 'media',
      id: media.id,
      data: { readers: 'public' },
      overrideAccess: false,
      user: admin,
    })
    expect(updated.readers).toBe('staff')
  })
})
