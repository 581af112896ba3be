import { ChangeFeed } from '@xuexi/contract/changes/ChangeFeed'
import { type MemberChange, memberChangesChannel, parseMemberChange } from '@xuexi/contract/changes/MemberChange'
import type { Campaign, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { campaignPlanOf } from '../../cms/src/campaigns/campaignPlanOf'
import { campaignStandings } from '../../cms/src/campaigns/campaignStandings'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs } from '../support/campaignMember'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { heartbeatSeries, recordAs } from '../support/heartbeats'
import { testPayload } from '../support/testPayload'

// The member change notices (migration 20261206_134102_member_changes) as the portal hears them: on the
// change feed's connection, from writes made through the same domain code the endpoints run.
const withinTwoSeconds = { timeout: 2_000, interval: 50 }

let payload: Payload
let pool: Pool
let feed: ChangeFeed
const heard: MemberChange[] = []
let member: User
let neighbour: User
let campaign: Campaign
let article: { collection: 'articles'; id: number }

const heardFor = (id: number) => heard.filter((change) => change.member === id)

/** Waits for a notice about the neighbour: notices come in commit order, so any earlier one has been heard too. */
async function marker(): Promise<void> {
  await pool.query(`insert into favorites (user_id, collection, item_id) values ($1, 'articles', $2) on conflict do nothing`, [
    neighbour.id,
    article.id,
  ])
  await pool.query('delete from favorites where user_id = $1', [neighbour.id])
  await expect.poll(() => heardFor(neighbour.id).length, withinTwoSeconds).toBeGreaterThan(0)
}

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
  feed = new ChangeFeed({
    connectionString: inject('databaseUrl'),
    name: 'member-changes-test',
    apply: async () => undefined,
    notices: { channel: memberChangesChannel, receive: (payload) => heard.push(parseMemberChange(payload) as MemberChange) },
    warn: () => undefined,
  })
  await feed.start()
  const branch = await createOrganization(payload, '通知支部')
  ;[member, neighbour] = await Promise.all([
    createUser(payload, 'member', { organization: branch.id }),
    createUser(payload, 'member', { organization: branch.id }),
  ])
  const doc = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
  article = { collection: 'articles', id: doc.id }
  campaign = await payload.create({ collection: 'campaigns', data: buildCampaign([branch.id], [article], { enrolment: 'link' }) })
  for (const who of [member, neighbour])
    await pool.query(`insert into campaign_enrollments (campaign_id, member_id, organization_id, via) values ($1, $2, $3, 'link')`, [
      campaign.id,
      who.id,
      branch.id,
    ])
})

afterAll(async () => {
  await feed.stop()
})

describe('member change notices', () => {
  it('name the member, and no one else, when their study is recorded', async () => {
    // Both enrolments heard first, so nothing from the setting arrives after the count starts.
    await expect.poll(() => [heardFor(member.id).length > 0, heardFor(neighbour.id).length > 0], withinTwoSeconds).toEqual([true, true])
    heard.length = 0
    await recordAs(payload, member, heartbeatSeries(article, 3))
    await expect.poll(() => heardFor(member.id), withinTwoSeconds).toContainEqual({ member: member.id, campaign: null })
    expect(heardFor(neighbour.id)).toEqual([])
  })

  it('name the member and the campaign when they check in, so every member’s campaign page moves', async () => {
    heard.length = 0
    await checkIn(await campaignAs(payload, member, campaign.id), { rules: defaultPointsRules })
    await expect.poll(() => heardFor(member.id), withinTwoSeconds).toContainEqual({ member: member.id, campaign: campaign.id })
  })

  it('name the member when a notice is sent to them or they read it', async () => {
    heard.length = 0
    const notice = await payload.create({ collection: 'notices', data: { member: member.id, title: '请按时学习' } })
    await expect.poll(() => heardFor(member.id), withinTwoSeconds).toContainEqual({ member: member.id, campaign: null })
    heard.length = 0
    await pool.query('update notices set read_at = now() where id = $1', [notice.id])
    await expect.poll(() => heardFor(member.id), withinTwoSeconds).toContainEqual({ member: member.id, campaign: null })
  })

  it('stay silent when only an account’s bookkeeping changes, and name the member’s campaigns when their name does', async () => {
    heard.length = 0
    await pool.query('update users set updated_at = now() where id = $1', [member.id])
    await marker()
    expect(heardFor(member.id)).toEqual([])
    await payload.update({ collection: 'users', id: member.id, data: { name: '改名的读者' } })
    await expect.poll(() => heardFor(member.id), withinTwoSeconds).toContainEqual({ member: member.id, campaign: campaign.id })
    expect(heardFor(member.id)).toContainEqual({ member: member.id, campaign: null })
  })

  it('stay silent when a reader stores recomputed standings', async () => {
    const plan = campaignPlanOf(campaign)
    await campaignStandings(pool, plan)
    heard.length = 0
    await pool.query('update campaign_standings set computed_changes = 0 where campaign_id = $1', [campaign.id])
    await campaignStandings(pool, plan)
    await marker()
    expect(heardFor(member.id)).toEqual([])
  })
})
