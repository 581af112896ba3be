import { studyDay } from '@xuexi/contract/chinaTime'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { joinCampaign } from '../../cms/src/campaigns/member/joinCampaign'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs, campaignRowCount, campaignSetting, studyPoints } from '../support/campaignMember'
import { buildCampaign } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool
const rules = defaultPointsRules
const day = 86_400_000

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

describe('joining a campaign', () => {
  it('enrols a member of a target branch through the link once, however often they join', async () => {
    const { campaign, member } = await campaignSetting(payload, { enrolment: 'link' })
    const context = await campaignAs(payload, member, campaign.id)
    expect(context.enrolled).toBe(false)
    await expect(joinCampaign(context)).resolves.toEqual({ enrolled: true, joined: true })
    await expect(joinCampaign(await campaignAs(payload, member, campaign.id))).resolves.toEqual({ enrolled: true, joined: false })
    const { rows } = await pool.query('select via from campaign_enrollments where campaign_id = $1 and member_id = $2', [
      campaign.id,
      member.id,
    ])
    expect(rows).toEqual([{ via: 'link' }])
  })

  it('refuses a member outside the target organizations and enrols nobody', async () => {
    const { campaign, outsider } = await campaignSetting(payload, { enrolment: 'link' })
    await expect(joinCampaign(await campaignAs(payload, outsider, campaign.id))).rejects.toMatchObject({
      status: 403,
      message: '您所在的组织不在本活动的参加范围内，不能报名。如有疑问请联系活动组织员',
    })
    expect(await campaignRowCount(pool, 'campaign_enrollments', campaign.id)).toBe(0)
  })

  it('hides a campaign that is not public from members it does not target, and drafts from everyone', async () => {
    const { campaign, outsider, member } = await campaignSetting(payload, { enrolment: 'link', isPublic: false })
    await expect(campaignAs(payload, outsider, campaign.id)).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('找不到这个读书活动'),
    })
    const { campaign: draft } = await campaignSetting(payload, { status: 'draft' })
    await expect(campaignAs(payload, member, draft.id)).rejects.toMatchObject({ status: 404 })
    await expect(campaignAs(payload, null, campaign.id)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('请先登录'),
    })
  })

  it('refuses to join a campaign that has ended', async () => {
    const now = Date.now()
    const { campaign, member } = await campaignSetting(payload, {
      enrolment: 'link',
      startsOn: new Date(now - 30 * day).toISOString(),
      endsOn: new Date(now - 2 * day).toISOString(),
    })
    await expect(joinCampaign(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({ status: 409 })
    expect(await campaignRowCount(pool, 'campaign_enrollments', campaign.id)).toBe(0)
  })
})

describe('checking in', () => {
  it('checks a member in once per China day and adds the check-in to their study points', async () => {
    const { campaign, member } = await campaignSetting(payload)
    const result = await checkIn(await campaignAs(payload, member, campaign.id), { rules })
    expect(result).toEqual({ day: studyDay(new Date()) })
    await expect(checkIn(await campaignAs(payload, member, campaign.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: '今天已经打过卡了，明天再来吧',
    })
    expect(await campaignRowCount(pool, 'campaign_check_ins', campaign.id, member.id)).toBe(1)
    expect(await studyPoints(pool, member, 'checkIn')).toBe(rules.checkIn.points)
  })

  it('lets only one of two simultaneous check-ins through', async () => {
    const { campaign, member } = await campaignSetting(payload)
    const [first, second] = await Promise.allSettled([
      checkIn(await campaignAs(payload, member, campaign.id), { rules }),
      checkIn(await campaignAs(payload, member, campaign.id), { rules }),
    ])
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected'])
    expect(await campaignRowCount(pool, 'campaign_check_ins', campaign.id, member.id)).toBe(1)
    expect(await studyPoints(pool, member, 'checkIn')).toBe(rules.checkIn.points)
  })

  it('keeps check-in study points within the day’s cap across campaigns', async () => {
    const { campaign, member, committee, article } = await campaignSetting(payload)
    const second = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([committee.id], [{ collection: 'articles', id: article.id }]),
    })
    await checkIn(await campaignAs(payload, member, campaign.id), { rules })
    await checkIn(await campaignAs(payload, member, second.id), { rules })
    expect(await campaignRowCount(pool, 'campaign_check_ins', second.id, member.id)).toBe(1)
    expect(await studyPoints(pool, member, 'checkIn')).toBe(rules.checkIn.dailyCap)
  })

  it('counts the day in China time: 23:30 UTC is already the next day', async () => {
    const { campaign, member } = await campaignSetting(payload)
    const late = new Date(`${new Date().toISOString().slice(0, 10)}T23:30:00Z`)
    const context = await campaignAs(payload, member, campaign.id, late)
    expect(context.today).toBe(new Date(late.getTime() + 8 * 3600_000).toISOString().slice(0, 10))
  })

  it('refuses check-ins before the campaign starts and after it ends, writing nothing', async () => {
    const now = Date.now()
    const { campaign: upcoming, member } = await campaignSetting(payload, {
      startsOn: new Date(now + 3 * day).toISOString(),
      endsOn: new Date(now + 30 * day).toISOString(),
    })
    await expect(checkIn(await campaignAs(payload, member, upcoming.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('活动还没有开始'),
    })
    const { campaign: ended, member: late } = await campaignSetting(payload, {
      startsOn: new Date(now - 30 * day).toISOString(),
      endsOn: new Date(now - 3 * day).toISOString(),
    })
    await expect(checkIn(await campaignAs(payload, late, ended.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('活动已于'),
    })
    expect(await campaignRowCount(pool, 'campaign_check_ins', upcoming.id)).toBe(0)
    expect(await campaignRowCount(pool, 'campaign_check_ins', ended.id)).toBe(0)
    expect(await studyPoints(pool, member, 'checkIn')).toBe(0)
  })

  it('refuses a member who has not joined a link campaign', async () => {
    const { campaign, member } = await campaignSetting(payload, { enrolment: 'link' })
    await expect(checkIn(await campaignAs(payload, member, campaign.id), { rules })).rejects.toMatchObject({
      status: 403,
      message: '您还没有参加这个读书活动，请先报名',
    })
    expect(await campaignRowCount(pool, 'campaign_check_ins', campaign.id)).toBe(0)
  })
})
