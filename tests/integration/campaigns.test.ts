import { studyDay } from '@xuexi/contract/chinaTime'
import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { campaignPlanOf } from '../../cms/src/campaigns/campaignPlanOf'
import { campaignStandings } from '../../cms/src/campaigns/campaignStandings'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

async function branchTree() {
  const committee = await createOrganization(payload, '测试党委')
  const branchA = await createOrganization(payload, '测试第一支部', committee.id)
  const branchB = await createOrganization(payload, '测试第二支部', committee.id)
  return { committee, branchA, branchB }
}

async function article() {
  const doc = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
  return { collection: 'articles' as const, id: doc.id }
}

async function completeItem(member: User, item: { collection: string; id: number }, activeSeconds = 600) {
  await pool.query(
    `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at)
     values ($1, $2, $3, $4, 100, now(), now())`,
    [member.id, item.collection, item.id, activeSeconds],
  )
}

describe('campaign enrolment', () => {
  it('enrols every member of the target organizations and their subtrees when an automatic campaign is published', async () => {
    const { committee, branchA, branchB } = await branchTree()
    const inA = await createUser(payload, 'member', { organization: branchA.id })
    const outside = await createUser(payload, 'member', { organization: (await createOrganization(payload, '别的党委')).id })
    const draft = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([committee.id], [await article()], { status: 'draft' }),
    })
    const enrolled = async () =>
      (await pool.query('select member_id from campaign_enrollments where campaign_id = $1', [draft.id])).rows.map((row) => row.member_id)
    expect(await enrolled()).toEqual([])
    const inB = await createUser(payload, 'member', { organization: branchB.id })
    await payload.update({ collection: 'campaigns', id: draft.id, data: { status: 'published' } })
    expect((await enrolled()).sort()).toEqual([inA.id, inB.id].sort())
    expect(await enrolled()).not.toContain(outside.id)
  })
})

describe('campaign scope', () => {
  it('refuses an organizer a campaign aimed beyond their subtree, and saves nothing', async () => {
    const { branchA, branchB } = await branchTree()
    const organizer = await createUser(payload, 'organizer', { organization: branchA.id })
    const attempt = payload.create({
      collection: 'campaigns',
      data: buildCampaign([branchA.id, branchB.id], [await article()], { organization: branchA.id }),
      user: organizer,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: '参加组织只能是您所在组织或其下级组织' })
    const { totalDocs } = await payload.count({ collection: 'campaigns', where: { targetOrganizations: { in: [branchB.id] } } })
    expect(totalDocs).toBe(0)
  })

  it('owns a new campaign by the organizer’s organization id, even when the signed-in user carries it populated', async () => {
    const { branchA } = await branchTree()
    const organizer = await createUser(payload, 'organizer', { organization: branchA.id })
    const { organization: _owner, ...data } = buildCampaign([branchA.id], [await article()], { status: 'draft' })
    const campaign = await payload.create({
      collection: 'campaigns',
      data,
      user: { ...organizer, organization: branchA, collection: 'users' },
      overrideAccess: false,
      depth: 0,
    })
    expect(campaign).toMatchObject({ organization: branchA.id, organizer: organizer.id })
  })

  it('shows an organizer of branch A nothing of branch B’s unpublished campaign', async () => {
    const { branchA, branchB } = await branchTree()
    const organizerA = await createUser(payload, 'organizer', { organization: branchA.id })
    const campaignB = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([branchB.id], [await article()], { status: 'draft' }),
    })
    const found = await payload.find({
      collection: 'campaigns',
      where: { id: { equals: campaignB.id } },
      user: organizerA,
      overrideAccess: false,
    })
    expect(found.docs).toEqual([])
  })

  it('keeps the quiz answers from members while organizers of the campaign see them', async () => {
    const { branchA } = await branchTree()
    const member = await createUser(payload, 'member', { organization: branchA.id })
    const organizer = await createUser(payload, 'organizer', { organization: branchA.id })
    const quiz = {
      enabled: true,
      passMark: 60,
      maxAttempts: 2,
      questions: [
        {
          kind: 'trueFalse' as const,
          prompt: '判断题',
          options: [
            { text: '正确', correct: true },
            { text: '错误', correct: false },
          ],
        },
      ],
    }
    const campaign = await payload.create({ collection: 'campaigns', data: buildCampaign([branchA.id], [await article()], { quiz }) })
    const asMember = await payload.findByID({ collection: 'campaigns', id: campaign.id, user: member, overrideAccess: false })
    expect(asMember.quiz?.questions ?? []).toEqual([])
    const asOrganizer = await payload.findByID({ collection: 'campaigns', id: campaign.id, user: organizer, overrideAccess: false })
    expect(asOrganizer.quiz?.questions?.[0]?.options?.[0]?.correct).toBe(true)
  })
})

describe('campaign standings', () => {
  it('completes a member once every required item, check-in and the reflection are done, not before', async () => {
    const { branchA } = await branchTree()
    const member = await createUser(payload, 'member', { organization: branchA.id })
    const [required, optional, timed] = [await article(), await article(), await article()]
    const campaign = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([branchA.id], [required, { ...optional, required: false }, { ...timed, minMinutes: 20 }]),
    })
    const plan = campaignPlanOf(campaign)
    const standing = async () => (await campaignStandings(pool, plan, { memberIds: [member.id] }))[0]
    expect(await standing()).toMatchObject({ started: false, itemsMet: 0, completedAt: null, points: 0 })

    await completeItem(member, required)
    await completeItem(member, timed, 600)
    expect(await standing()).toMatchObject({ started: true, itemsMet: 1, requiredItemsMet: 1, completedAt: null, points: 5 })

    await pool.query('update reading_progress set active_seconds = 1200 where user_id = $1 and item_id = $2', [member.id, timed.id])
    await pool.query(
      `insert into campaign_check_ins (campaign_id, member_id, organization_id, day, updated_at, created_at) values ($1, $2, $3, $4, now(), now())`,
      [campaign.id, member.id, branchA.id, studyDay(new Date())],
    )
    expect(await standing()).toMatchObject({ requiredItemsMet: 2, checkInDays: 1, completedAt: null })

    await pool.query(
      `insert into campaign_reflections (campaign_id, member_id, organization_id, body, status, submitted_at, updated_at, created_at)
       values ($1, $2, $3, '心得', 'submitted', now(), now(), now())`,
      [campaign.id, member.id, branchA.id],
    )
    const done = await standing()
    expect(done).toMatchObject({ reflection: 'submitted', points: 5 * 2 + 1 + 10 })
    expect(done?.completedAt).not.toBeNull()
  })
})
