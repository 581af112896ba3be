import path from 'node:path'
import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { Campaign } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { campaignPlanOf } from '../../cms/src/campaigns/campaignPlanOf'
import { campaignStandings } from '../../cms/src/campaigns/campaignStandings'
import { dailyActiveReaders } from '../../cms/src/campaigns/organizer/dailyActiveReaders'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { sampleCampaignSlug } from '../../cms/src/seed/sampleCampaign/sampleCampaignPlan'
import { seedSampleCampaign } from '../../cms/src/seed/sampleCampaign/seedSampleCampaign'
import { seedOrganizations } from '../../cms/src/seed/seedOrganizations'
import { seedSampleLibrary } from '../../cms/src/seed/seedSampleLibrary'
import { seedSampleMembers } from '../../cms/src/seed/seedSampleMembers'
import { idOf } from '../../cms/src/utilities/idOf'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { testPayload } from '../support/testPayload'

const contentDir = path.join(projectPaths.root, 'content')
let payload: Payload
let pool: Pool
let created: number
let campaign: Campaign
let standings: CampaignStanding[]

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
  await seedOrganizations(payload, path.join(contentDir, 'organizations.json'))
  await seedSampleMembers(payload, path.join(contentDir, 'members.csv'), 'sample-member-2026')
  await seedSampleLibrary(payload, contentDir)
  const started = performance.now()
  created = await seedSampleCampaign(payload)
  console.log(`sample campaign seeded in ${Math.round(performance.now() - started)} ms`)
  campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: sampleCampaignSlug } }, depth: 0 }))
    .docs[0] as Campaign
  standings = await campaignStandings(pool, campaignPlanOf(campaign))
}, 180_000)

const loginIdOf = async (memberId: number) =>
  (await pool.query<{ username: string }>('select username from users where id = $1', [memberId])).rows[0]?.username

describe('the sample campaign', () => {
  it('is running today, published, aimed at the whole tree and owned by the organizer 13800000001’s branch', async () => {
    const today = studyDay(new Date())
    expect(studyDay(new Date(campaign.startsOn)) < today && today < studyDay(new Date(campaign.endsOn))).toBe(true)
    expect(campaign.status).toBe('published')
    expect(campaign.readingList).toHaveLength(5)
    expect(campaign.quiz?.questions).toHaveLength(4)
    const organizer = (await payload.find({ collection: 'users', where: { username: { equals: '13800000001' } } })).docs[0]
    expect(campaign.organization).toBe(idOf(organizer?.organization))
    const [target] = campaign.targetOrganizations as number[]
    expect((await payload.findByID({ collection: 'organizations', id: target as number })).parent).toBeFalsy()
  })

  it('enrols 80 generated participants and the sample members, with varied progress', async () => {
    expect(created).toBe(80)
    expect(standings.length).toBeGreaterThanOrEqual(80 + 24)
    const generated = standings
    const started = generated.filter((standing) => standing.started).length
    const completed = generated.filter((standing) => standing.completedAt).length
    const submitted = generated.filter((standing) => standing.reflection === 'submitted').length
    const quizTakers = generated.filter((standing) => standing.quizAttempts > 0).length
    expect(started).toBeGreaterThan(50)
    expect(started).toBeLessThan(generated.length)
    expect(completed).toBeGreaterThan(0)
    expect(completed).toBeLessThan(started)
    expect(submitted).toBeGreaterThan(10)
    expect(quizTakers).toBeGreaterThan(10)
    const featured = await payload.count({ collection: 'campaign-reflections', where: { featured: { equals: true } } })
    expect(featured.totalDocs).toBeGreaterThan(0)
  })

  it('gives the dashboard daily readers on most days so far, as many as checked in or more', async () => {
    const firstDay = studyDay(new Date(campaign.startsOn))
    const readers = await dailyActiveReaders(pool, campaign.id, null, firstDay, studyDay(new Date()))
    const checkIns = await pool.query<{ day: string; members: number }>(
      'select day, count(*)::int as members from campaign_check_ins where campaign_id = $1 group by day',
      [campaign.id],
    )
    expect(readers.size).toBeGreaterThanOrEqual(5)
    for (const { day, members } of checkIns.rows) expect(readers.get(day) ?? 0).toBeGreaterThanOrEqual(members)
  })

  it('leaves member 13800000002 half-way, free to check in today', async () => {
    const ids = await Promise.all(standings.map(async (standing) => ({ standing, loginId: await loginIdOf(standing.memberId) })))
    const member = ids.find((entry) => entry.loginId === '13800000002')?.standing
    expect(member).toMatchObject({ itemsMet: 2, checkInDays: 3, reflection: 'draft', quizAttempts: 0, completedAt: null })
    const today = await pool.query('select 1 from campaign_check_ins where member_id = $1 and day = $2', [
      member?.memberId,
      studyDay(new Date()),
    ])
    expect(today.rowCount).toBe(0)
    // 我的学习 shows the study behind that progress: the read items' seconds and the check-in days.
    const studied = await pool.query<{ days: number; seconds: number }>(
      'select count(*)::int as days, sum(seconds)::int as seconds from study_daily where user_id = $1',
      [member?.memberId],
    )
    expect(studied.rows[0]?.days).toBeGreaterThanOrEqual(3)
    expect(studied.rows[0]?.seconds).toBeGreaterThanOrEqual(540 + 480 + 150)
  })

  it('is seeded once: seeding again adds nothing', async () => {
    const count = async () =>
      (
        await pool.query<{ n: number }>(
          `select (select count(*) from campaigns)::int + (select count(*) from users)::int
             + (select count(*) from campaign_check_ins)::int + (select count(*) from reading_progress)::int as n`,
        )
      ).rows[0]?.n
    const before = await count()
    await expect(seedSampleCampaign(payload)).resolves.toBe(0)
    expect(await count()).toBe(before)
  })
})
