import type { Campaign } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildMemberCampaignView } from '../../cms/src/campaigns/member/buildMemberCampaignView'
import { campaignLeaderboard } from '../../cms/src/campaigns/member/campaignLeaderboard'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { memberCampaignList } from '../../cms/src/campaigns/member/memberCampaignList'
import { markNoticeRead, memberNotices } from '../../cms/src/campaigns/member/memberNotices'
import { saveReflection } from '../../cms/src/campaigns/member/saveReflection'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs, campaignRowCount, campaignSetting, requestAs } from '../support/campaignMember'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool
const rules = defaultPointsRules

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

describe('reflections', () => {
  const long = '学习党章，牢记初心使命，做一名合格的共产党员。'.repeat(2)

  it('saves a short draft but refuses to submit fewer characters than the minimum, keeping the draft', async () => {
    const { campaign, member } = await campaignSetting(payload)
    const context = await campaignAs(payload, member, campaign.id)
    await expect(saveReflection(context, { title: '初稿', body: '学 习 心 得', submit: false })).resolves.toMatchObject({ status: 'draft' })
    await expect(saveReflection(context, { title: '初稿', body: '学习心得 不够长', submit: true })).rejects.toMatchObject({
      status: 400,
      message: '心得体会至少 20 字（不计空格），当前 7 字，请补充后再提交',
    })
    const { rows } = await pool.query('select body, status from campaign_reflections where campaign_id = $1', [campaign.id])
    expect(rows).toEqual([{ body: '学 习 心 得', status: 'draft' }])
  })

  it('submits a long enough reflection once; later changes are refused and the text stays', async () => {
    const { campaign, member } = await campaignSetting(payload)
    const context = await campaignAs(payload, member, campaign.id)
    const submitted = await saveReflection(context, { title: '心得', body: long, submit: true })
    expect(submitted).toMatchObject({ status: 'submitted', body: long })
    await expect(saveReflection(context, { title: '改', body: '改过的内容', submit: false })).rejects.toMatchObject({ status: 409 })
    const { rows } = await pool.query('select body, status from campaign_reflections where campaign_id = $1', [campaign.id])
    expect(rows).toEqual([{ body: long, status: 'submitted' }])
  })

  it('refuses an empty reflection', async () => {
    const { campaign, member } = await campaignSetting(payload)
    await expect(
      saveReflection(await campaignAs(payload, member, campaign.id), { title: '', body: '   ', submit: false }),
    ).rejects.toMatchObject({
      status: 400,
    })
    expect(await campaignRowCount(pool, 'campaign_reflections', campaign.id)).toBe(0)
  })
})

describe('leaderboards', () => {
  async function withPoints(mode: Campaign['leaderboard']) {
    const found = await campaignSetting(payload, { leaderboard: mode })
    await checkIn(await campaignAs(payload, found.colleague, found.campaign.id), { rules })
    await checkIn(await campaignAs(payload, found.other, found.campaign.id), { rules })
    await saveReflection(await campaignAs(payload, found.other, found.campaign.id), { title: '', body: '学'.repeat(30), submit: true })
    return found
  }

  it('shows names and points only in individual mode, with the member’s own rank', async () => {
    const { campaign, member, other, colleague } = await withPoints('individual')
    const board = await campaignLeaderboard(await campaignAs(payload, member, campaign.id))
    expect(board).toMatchObject({ mode: 'individual', participants: 3, me: { rank: 3, points: 0 } })
    if (board.mode !== 'individual') throw new Error('individual expected')
    expect(board.rows.slice(0, 2)).toEqual([
      { rank: 1, name: other.name, points: 11, me: false },
      { rank: 2, name: colleague.name, points: 1, me: false },
    ])
    expect(Object.keys(board.rows[0] ?? {}).sort()).toEqual(['me', 'name', 'points', 'rank'])
  })

  it('shows branch totals and averages without names in branch mode', async () => {
    const { campaign, member, branchA, branchB } = await withPoints('branch')
    const board = await campaignLeaderboard(await campaignAs(payload, member, campaign.id))
    expect(board).toEqual({
      mode: 'branch',
      rows: [
        { rank: 1, organization: branchB.name, members: 1, totalPoints: 11, averagePoints: 11, mine: false },
        { rank: 2, organization: branchA.name, members: 2, totalPoints: 1, averagePoints: 0.5, mine: true },
      ],
    })
  })

  it('shows nothing in mode none, and nothing to members who have not joined', async () => {
    const { campaign, member } = await withPoints('none')
    await expect(campaignLeaderboard(await campaignAs(payload, member, campaign.id))).resolves.toEqual({ mode: 'none' })
    const { campaign: linked, member: stranger } = await campaignSetting(payload, { enrolment: 'link' })
    await expect(campaignLeaderboard(await campaignAs(payload, stranger, linked.id))).rejects.toMatchObject({ status: 403 })
  })
})

describe('the member’s campaign page data', () => {
  it('shows the checklist with progress from study tracking, badges and only the member’s own standing', async () => {
    const { campaign, member, article, colleague } = await campaignSetting(payload)
    await pool.query(
      `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at)
       values ($1, 'articles', $2, 120, 100, now(), now())`,
      [member.id, article.id],
    )
    await checkIn(await campaignAs(payload, member, campaign.id), { rules })
    await checkIn(await campaignAs(payload, colleague, campaign.id), { rules })
    const req = await requestAs(payload, member)
    const view = await buildMemberCampaignView(req, await campaignAs(payload, member, campaign.id))
    expect(view.checklist).toEqual([
      expect.objectContaining({ itemId: article.id, title: article.title, slug: article.slug, readable: true, percent: 100, met: true }),
    ])
    expect(view).toMatchObject({ enrolled: true, checkedInToday: true, standing: { memberId: member.id, checkInDays: 1, itemsMet: 1 } })
    expect(view.badges.filter((badge) => badge.earned).map((badge) => badge.code)).toEqual(['firstCheckIn', 'readingDone'])
    expect(JSON.stringify(view)).not.toContain(colleague.name)
    const mine = await memberCampaignList(req)
    expect(mine).toEqual([expect.objectContaining({ id: campaign.id, phase: 'running', requiredItemsMet: 1, checkInDays: 1 })])
  })

  it('shows featured reflections with the author’s name', async () => {
    const { campaign, member, other } = await campaignSetting(payload)
    await saveReflection(await campaignAs(payload, other, campaign.id), { title: '好心得', body: '学'.repeat(30), submit: true })
    await pool.query('update campaign_reflections set featured = true where campaign_id = $1', [campaign.id])
    const view = await buildMemberCampaignView(await requestAs(payload, member), await campaignAs(payload, member, campaign.id))
    expect(view.featured).toEqual([expect.objectContaining({ title: '好心得', name: other.name })])
  })
})

describe('notices', () => {
  it('lists only the member’s own notices and refuses to mark someone else’s read', async () => {
    const { campaign, member, colleague } = await campaignSetting(payload)
    const mine = await payload.create({ collection: 'notices', data: { member: member.id, campaign: campaign.id, title: '请尽快打卡' } })
    const theirs = await payload.create({ collection: 'notices', data: { member: colleague.id, title: '别人的提醒' } })
    const listed = await memberNotices(pool, member.id)
    expect(listed).toMatchObject({ unread: 1, docs: [{ id: mine.id, title: '请尽快打卡', campaign: campaign.title, readAt: null }] })
    await expect(markNoticeRead(pool, { memberId: member.id, noticeId: theirs.id })).rejects.toMatchObject({ status: 404 })
    expect((await payload.findByID({ collection: 'notices', id: theirs.id })).readAt).toBeFalsy()
    await markNoticeRead(pool, { memberId: member.id, noticeId: mine.id })
    expect((await memberNotices(pool, member.id)).unread).toBe(0)
  })
})
