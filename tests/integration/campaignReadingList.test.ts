import type { Article, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { campaignReport } from '../../cms/src/campaigns/organizer/campaignReport'
import { loadOrganizedCampaign } from '../../cms/src/campaigns/organizer/loadOrganizedCampaign'
import { requestAs } from '../support/campaignMember'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function setting() {
  const committee = await createOrganization(payload, '书目党委')
  const branchA = await createOrganization(payload, '书目第一支部', committee.id)
  const branchB = await createOrganization(payload, '书目第二支部', committee.id)
  const organizer = await createUser(payload, 'organizer', { organization: committee.id })
  const admin = await createUser(payload, 'admin')
  return { committee, branchA, branchB, organizer, admin }
}

async function item(overrides: Partial<Article>) {
  const doc = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published', ...overrides }), draft: false })
  return { collection: 'articles' as const, id: doc.id, title: doc.title }
}

const refusal = '学习书目第 1 项不能加入'

type Listed = Parameters<typeof buildCampaign>[1]
/** Creates a campaign as `user` through the access rules, as REST and the portal's organizer form do. */
const createAs = (user: User, targets: number[], listed: Listed) =>
  payload.create({ collection: 'campaigns', data: buildCampaign(targets, listed), overrideAccess: false, user })

describe('campaign reading lists', () => {
  it('refuses a draft or an item restricted to another branch, for organizers and admins, on create and on update', async () => {
    const { branchA, branchB, organizer, admin } = await setting()
    const draft = await item({ _status: 'draft' })
    const otherBranch = await item({ visibility: 'organizations', organizations: [branchB.id] })
    for (const user of [organizer, admin]) {
      for (const listed of [draft, otherBranch]) {
        await expect(createAs(user, [branchA.id], [listed])).rejects.toThrow(refusal)
      }
    }
    const open = await item({})
    const campaign = await createAs(organizer, [branchA.id], [open])
    await expect(
      payload.update({
        collection: 'campaigns',
        id: campaign.id,
        data: { readingList: [{ item: { relationTo: 'articles', value: otherBranch.id } }, ...(campaign.readingList ?? [])] },
        overrideAccess: false,
        user: organizer,
      }),
    ).rejects.toThrow(refusal)
    await expect(
      payload.update({
        collection: 'campaigns',
        where: { id: { equals: campaign.id } },
        data: { readingList: [{ item: { relationTo: 'articles', value: draft.id } }] },
        overrideAccess: false,
        user: organizer,
      }),
    ).resolves.toMatchObject({ docs: [], errors: [expect.objectContaining({ message: expect.stringContaining(refusal) })] })
    const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })
    expect(stored.readingList?.map((entry) => entry.item.value)).toEqual([open.id])
  })

  it('accepts public and members-only items, and restricted items whose organizations cover every target', async () => {
    const { committee, branchA, branchB, organizer } = await setting()
    const listed = [
      await item({ visibility: 'public' }),
      await item({ visibility: 'members' }),
      await item({ visibility: 'organizations', organizations: [committee.id] }),
      await item({ visibility: 'organizations', organizations: [branchA.id, branchB.id] }),
    ]
    await expect(createAs(organizer, [branchA.id, branchB.id], listed)).resolves.toMatchObject({ id: expect.any(Number) })
    const onlyA = await item({ visibility: 'organizations', organizations: [branchA.id] })
    await expect(createAs(organizer, [branchA.id, branchB.id], [onlyA])).rejects.toThrow(refusal)
  })

  it('rechecks every item when the targets change', async () => {
    const { branchA, branchB, organizer } = await setting()
    const onlyA = await item({ visibility: 'organizations', organizations: [branchA.id] })
    const campaign = await createAs(organizer, [branchA.id], [onlyA])
    await expect(
      payload.update({
        collection: 'campaigns',
        id: campaign.id,
        data: { targetOrganizations: [branchA.id, branchB.id] },
        overrideAccess: false,
        user: organizer,
      }),
    ).rejects.toThrow(refusal)
  })

  it('shows an organizer no title of a listed item they may not read in the campaign report', async () => {
    const { branchA, organizer } = await setting()
    const listed = await item({})
    const campaign = await payload.create({ collection: 'campaigns', data: buildCampaign([branchA.id], [listed]) })
    const elsewhere = await createOrganization(payload, '别的党委')
    await payload.update({ collection: 'articles', id: listed.id, data: { visibility: 'organizations', organizations: [elsewhere.id] } })
    const report = await campaignReport(await loadOrganizedCampaign(await requestAs(payload, organizer), campaign.id))
    expect(report.items.map((entry) => entry.title)).toEqual([null])
    expect(JSON.stringify(report)).not.toContain(listed.title)
  })
})
