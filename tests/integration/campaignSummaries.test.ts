import { addDays, studyDay } from '@xuexi/contract/chinaTime'
import type { Campaign, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CampaignPlan } from '../../cms/src/campaigns/CampaignPlan'
import { campaignPlanOf } from '../../cms/src/campaigns/campaignPlanOf'
import { campaignStandings } from '../../cms/src/campaigns/campaignStandings'
import { computeCampaignStandings } from '../../cms/src/campaigns/computeCampaignStandings'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { dailyActiveReaders } from '../../cms/src/campaigns/organizer/dailyActiveReaders'
import { standingsPlanKey } from '../../cms/src/campaigns/storedCampaignStandings'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs } from '../support/campaignMember'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { heartbeatSeries, recordAs } from '../support/heartbeats'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

const day = 86_400_000
// Noon (China time) of today's study day: a series ending then never straddles a study day's midnight.
const noon = new Date(`${studyDay(new Date())}T04:00:00Z`)

/** Daily readers counted straight from study_daily and the enrolments: what the kept counts must equal. */
async function readersCountedAgain(plan: CampaignPlan, scope: number[] | null): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ day: string; readers: number }>(
    `select to_char(d.day, 'YYYY-MM-DD') as day, count(distinct d.user_id)::int as readers
     from campaign_enrollments e join study_daily d on d.user_id = e.member_id
     where e.campaign_id = $1 and ($2::int[] is null or e.organization_id = any($2::int[]))
       and d.day between $3::date and $4::date and d.seconds > 0
     group by d.day`,
    [plan.id, scope, plan.startsOn, plan.endsOn],
  )
  return new Map(rows.map((row) => [row.day, row.readers]))
}

/** The stored standings and daily readers agree with computing them again from the records, for every scope. */
async function expectSummariesCurrent(campaign: Campaign, scopes: Array<number[] | null>) {
  const plan = campaignPlanOf(campaign)
  for (const scope of scopes) {
    expect(await campaignStandings(pool, plan, { organizationIds: scope })).toEqual(
      await computeCampaignStandings(pool, plan, { organizationIds: scope }),
    )
    expect(await dailyActiveReaders(pool, plan.id, scope, plan.startsOn, plan.endsOn)).toEqual(await readersCountedAgain(plan, scope))
  }
}

async function setting() {
  const committee = await createOrganization(payload, '汇总党委')
  const branchA = await createOrganization(payload, '汇总第一支部', committee.id)
  const branchB = await createOrganization(payload, '汇总第二支部', committee.id)
  const members = {
    a1: await createUser(payload, 'member', { organization: branchA.id }),
    a2: await createUser(payload, 'member', { organization: branchA.id }),
    b1: await createUser(payload, 'member', { organization: branchB.id }),
  }
  const articles = await Promise.all(
    [1, 2].map(async () => {
      const doc = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
      return { collection: 'articles' as const, id: doc.id }
    }),
  )
  const campaign = await payload.create({
    collection: 'campaigns',
    data: buildCampaign([committee.id], articles, {
      startsOn: new Date(Date.now() - 3 * day).toISOString(),
      endsOn: new Date(Date.now() + 3 * day).toISOString(),
      rules: { checkInDays: 1, reflectionRequired: false, reflectionMinLength: 20 },
    }),
  })
  return {
    campaign,
    articles,
    members,
    branchA,
    branchB,
    scopes: [null, [committee.id, branchA.id, branchB.id], [branchA.id], [branchB.id]],
  }
}

async function enrol(campaign: Campaign, member: User, organizationId: number) {
  await pool.query(`insert into campaign_enrollments (campaign_id, member_id, organization_id, via) values ($1, $2, $3, 'link')`, [
    campaign.id,
    member.id,
    organizationId,
  ])
}

describe('stored campaign standings and daily readers', () => {
  it('stay equal to computing them again as members read, check in, write, take the quiz, join and leave', async () => {
    const { campaign, articles, members, branchA, branchB, scopes } = await setting()
    const [first, second] = articles as [{ collection: 'articles'; id: number }, { collection: 'articles'; id: number }]
    await expectSummariesCurrent(campaign, scopes)

    // Reading (through the ingestion code), one day earlier too, so two study days are counted.
    await recordAs(payload, members.a1, heartbeatSeries(first, 4, undefined, 15, new Date(Date.now() - day)))
    await recordAs(payload, members.a1, heartbeatSeries(first, 40, undefined, 60))
    await recordAs(payload, members.b1, heartbeatSeries(second, 3))
    await expectSummariesCurrent(campaign, scopes)

    // A check-in through the member endpoint's domain function, a reflection and a quiz attempt.
    await checkIn(await campaignAs(payload, members.a2, campaign.id), { rules: defaultPointsRules })
    await pool.query(
      `insert into campaign_reflections (campaign_id, member_id, organization_id, body, status, submitted_at)
       values ($1, $2, $3, '认真学习，深刻领会。', 'submitted', now())`,
      [campaign.id, members.b1.id, branchB.id],
    )
    await pool.query(
      `insert into quiz_attempts (campaign_id, member_id, organization_id, number, seed, score, passed, submitted_at)
       values ($1, $2, $3, 1, 7, 80, true, now())`,
      [campaign.id, members.a1.id, branchA.id],
    )
    await expectSummariesCurrent(campaign, scopes)

    // A member who read before joining by link counts from the days they studied; then the reflection
    // is taken back and a check-in removed.
    const late = await createUser(payload, 'member', { organization: branchB.id })
    await recordAs(payload, late, heartbeatSeries(second, 2, undefined, 15, new Date(Date.now() - 2 * day)))
    await enrol(campaign, late, branchB.id)
    await expectSummariesCurrent(campaign, scopes)
    await pool.query(`update campaign_reflections set status = 'draft' where campaign_id = $1`, [campaign.id])
    await pool.query('delete from campaign_check_ins where campaign_id = $1 and member_id = $2', [campaign.id, members.a2.id])
    await expectSummariesCurrent(campaign, scopes)

    // Leaving the campaign takes the member out of both.
    await pool.query('delete from campaign_enrollments where campaign_id = $1 and member_id = $2', [campaign.id, late.id])
    await expectSummariesCurrent(campaign, scopes)
  })

  it('follow a changed plan and a changed period', async () => {
    const { campaign, articles, members, scopes } = await setting()
    const [first] = articles as [{ collection: 'articles'; id: number }]
    await recordAs(payload, members.a1, heartbeatSeries(first, 40, undefined, 60, noon), noon)
    await recordAs(payload, members.a2, heartbeatSeries(first, 4, undefined, 15, new Date(noon.getTime() - 2 * day)), noon)
    await expectSummariesCurrent(campaign, scopes)

    const morePoints = await payload.update({ collection: 'campaigns', id: campaign.id, data: { points: { perItem: 9 } } })
    await expectSummariesCurrent(morePoints, scopes)
    const onlyFirst = await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { readingList: [{ item: { relationTo: 'articles', value: first.id }, required: true }] },
    })
    await expectSummariesCurrent(onlyFirst, scopes)

    // The period now starts yesterday: the study two days ago no longer counts.
    const shorter = await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { startsOn: new Date(Date.now() - day).toISOString() },
    })
    const plan = campaignPlanOf(shorter)
    expect(plan.startsOn).toBe(addDays(studyDay(new Date()), -1))
    await expectSummariesCurrent(shorter, scopes)
    expect([...(await dailyActiveReaders(pool, plan.id, null, plan.startsOn, plan.endsOn)).values()]).toEqual([1])
  })

  it('are marked stale once, not once per reader, when readers race to the first read of a plan', async () => {
    const { campaign } = await setting()
    const plan = campaignPlanOf(campaign)
    const changes = async () =>
      (
        await pool.query<{ changes: string }>('select changes::text from campaign_standings where campaign_id = $1 order by member_id', [
          plan.id,
        ])
      ).rows.map((row) => Number(row.changes))
    expect((await pool.query('select 1 from campaign_standings_basis where campaign_id = $1', [plan.id])).rowCount).toBe(0)
    const before = await changes()
    expect(before).toHaveLength(3)

    // Another reader got to the plan first and has not committed yet: this reader finds no basis and waits on its row.
    const other = await pool.connect()
    try {
      await other.query('begin')
      await other.query('insert into campaign_standings_basis (campaign_id, plan_key) values ($1, $2)', [plan.id, standingsPlanKey(plan)])
      await other.query('update campaign_standings set changes = changes + 1 where campaign_id = $1', [plan.id])
      const reading = campaignStandings(pool, plan, { organizationIds: null })
      const waiting = async () =>
        (
          await pool.query<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity
             where wait_event_type = 'Lock' and datname = current_database() and query like '%campaign_standings_basis%'`,
          )
        ).rows[0]?.waiting
      await expect.poll(waiting, { timeout: 30_000 }).toBeGreaterThan(0)
      await other.query('commit')
      await reading
    } finally {
      other.release()
    }
    expect(await changes()).toEqual(before.map((value) => value + 1))
  })
})
