import { addDays, studyDay } from '@xuexi/contract/chinaTime'
import type { Payload } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { withTransaction } from '../../database/withTransaction'
import { idOf } from '../../utilities/idOf'
import { insertSampleStudyDays } from './insertSampleStudyDays'
import { sampleCampaignSlug, sampleQuizQuestions, sampleReadingList } from './sampleCampaignPlan'
import { insertSampleParticipants } from './sampleParticipants'
import { insertSampleProgress } from './sampleProgress'
import { seedMemberProgress } from './seedMemberProgress'

const organizerLoginId = '13800000001'
const memberLoginId = '13800000002'
const daysBefore = 10
const daysAfter = 20

/**
 * One running sample campaign (ten days in, twenty to go) of the organizer 13800000001's branch for the
 * whole organization tree, with 80 generated participants and plausible progress, so a newcomer sees
 * both sides of a campaign at once. Does nothing when it is already there; returns the participants it created.
 */
export async function seedSampleCampaign(payload: Payload, now = new Date()): Promise<number> {
  const existing = await payload.count({ collection: 'campaigns', where: { slug: { equals: sampleCampaignSlug } }, overrideAccess: true })
  if (existing.totalDocs > 0) return 0
  const organizer = await userByLoginId(payload, organizerLoginId)
  const member = await userByLoginId(payload, memberLoginId)
  if (!organizer || !member) throw new Error('示例读书活动需要先导入示例成员（13800000001、13800000002）')
  const { root, branches } = await organizationTree(payload, idOf(organizer.organization) as number)
  const items = await Promise.all(sampleReadingList.map(async (entry) => ({ ...entry, id: await itemId(payload, entry) })))

  const pool = databaseOf(payload)
  const participants = await withTransaction(pool, (client) => insertSampleParticipants(client, branches))
  const today = studyDay(now)
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: {
      title: '“读原著 学原文 悟原理”主题读书活动',
      slug: sampleCampaignSlug,
      description:
        '为推动理论学习常态化，市直机关工委在全体党员中开展为期一个月的主题读书活动。\n按书目读原著、学原文，每天学习打卡，读完后撰写心得体会并参加知识答题。',
      startsOn: `${addDays(today, -daysBefore)}T04:00:00.000Z`,
      endsOn: `${addDays(today, daysAfter)}T04:00:00.000Z`,
      targetOrganizations: [root.id],
      organization: idOf(organizer.organization) as number,
      organizer: organizer.id,
      enrolment: 'automatic',
      readingList: items.map((item) => ({
        item: { relationTo: item.collection, value: item.id },
        required: item.required,
        minMinutes: 'minMinutes' in item ? item.minMinutes : undefined,
      })),
      rules: { checkInDays: 7, reflectionRequired: true, reflectionMinLength: 80 },
      quiz: { enabled: true, passMark: 60, maxAttempts: 3, questions: sampleQuizQuestions },
      points: { perItem: 5, perCheckIn: 1, reflection: 10, quizPassed: 10 },
      leaderboard: 'branch',
      status: 'published',
      isPublic: true,
    },
  })
  const startsAt = new Date(`${addDays(today, -daysBefore)}T00:00:00+08:00`)
  const plan = { campaignId: campaign.id, items, startsAt, elapsedDays: daysBefore, reviewerId: organizer.id }
  await withTransaction(pool, async (client) => {
    await insertSampleProgress(client, participants, plan)
    await seedMemberProgress(client, member.id, plan)
    await insertSampleStudyDays(client, [...participants, member.id], campaign.id)
  })
  return participants.length
}

async function userByLoginId(payload: Payload, username: string) {
  const found = await payload.find({
    collection: 'users',
    where: { username: { equals: username } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return found.docs[0]
}

async function itemId(payload: Payload, entry: (typeof sampleReadingList)[number]): Promise<number> {
  const found = await payload.find({
    collection: entry.collection,
    where: { slug: { equals: entry.slug } },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
  })
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error(`示例读书活动的书目“${entry.collection}/${entry.slug}”不在示例内容中`)
  return id
}

// The top of the organizer's tree, and every branch in it (other trees in the database are left out).
async function organizationTree(payload: Payload, organizationId: number) {
  const own = await payload.findByID({ collection: 'organizations', id: organizationId, depth: 0, overrideAccess: true })
  const lineage = [own.id, ...(own.ancestors ?? []).map((ancestor) => idOf(ancestor) as number)]
  const found = await payload.find({
    collection: 'organizations',
    where: { or: [{ id: { in: lineage } }, { ancestors: { in: lineage } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const root = found.docs.find((organization) => lineage.includes(organization.id) && !organization.parent) ?? own
  const branches = found.docs
    .filter(
      (organization) => organization.kind === 'branch' && (organization.ancestors ?? []).some((ancestor) => idOf(ancestor) === root.id),
    )
    .map((organization) => organization.id)
  return { root, branches }
}
