import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, createOrganization, createUser } from '../support/factories'
import { failureText } from '../support/failureText'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const visibleSlugs = async (slugs: Array<string | null | undefined>, user?: User) =>
  (
    await payload.find({
      collection: 'articles',
      where: { slug: { in: slugs.map(String) } },
      overrideAccess: false,
      user,
      pagination: false,
    })
  ).docs.map((doc) => doc.slug)

describe('visibility', () => {
  it('shows members-only items to signed-in members and never to anonymous readers', async () => {
    const item = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published', visibility: 'members' }) })
    const member = await createUser(payload, 'member')
    expect(await visibleSlugs([item.slug])).toEqual([])
    expect(await visibleSlugs([item.slug], member)).toEqual([item.slug])
  })

  it('shows organization-restricted items to members of that organization and its sub-organizations only', async () => {
    const committee = await createOrganization(payload, '青山市委直属机关工委')
    const branch = await createOrganization(payload, '第一党支部', committee.id)
    const elsewhere = await createOrganization(payload, '青河区委')
    const item = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', visibility: 'organizations', organizations: [committee.id] }),
    })
    const inBranch = await createUser(payload, 'member', { organization: branch.id })
    const outside = await createUser(payload, 'member', { organization: elsewhere.id })
    const unassigned = await createUser(payload, 'member')
    expect(await visibleSlugs([item.slug], inBranch)).toEqual([item.slug])
    expect(await visibleSlugs([item.slug], outside)).toEqual([])
    expect(await visibleSlugs([item.slug], unassigned)).toEqual([])
    expect(await visibleSlugs([item.slug])).toEqual([])
  })

  it('follows the tree when an organization moves: its whole subtree gains and loses access', async () => {
    const committeeA = await createOrganization(payload, '甲党委')
    const committeeB = await createOrganization(payload, '乙党委')
    const general = await createOrganization(payload, '党总支', committeeA.id)
    const branch = await createOrganization(payload, '党支部', general.id)
    const item = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'published', visibility: 'organizations', organizations: [committeeB.id] }),
    })
    const member = await createUser(payload, 'member', { organization: branch.id })
    expect(await visibleSlugs([item.slug], member)).toEqual([])
    await payload.update({ collection: 'organizations', id: general.id, data: { parent: committeeB.id } })
    expect(await visibleSlugs([item.slug], member)).toEqual([item.slug])
  })

  it('requires at least one organization when an item is restricted to organizations', async () => {
    const data = buildArticle({ _status: 'published', visibility: 'organizations', organizations: [] })
    expect(await failureText(payload.create({ collection: 'articles', data }))).toMatch(/至少选择一个组织/)
  })

  it('refuses an organization placed under its own descendant', async () => {
    const parent = await createOrganization(payload, '党委')
    const child = await createOrganization(payload, '党支部', parent.id)
    expect(await failureText(payload.update({ collection: 'organizations', id: parent.id, data: { parent: child.id } }))).toMatch(
      '上级组织不能是它自己',
    )
  })
})
