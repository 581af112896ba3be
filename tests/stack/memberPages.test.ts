import type { Campaign } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleQuiz } from '../support/campaignMember'
import { type CampaignMember, completeItemOnStack, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'

// 我的学习 and campaign pages are kept per member (`site/src/lib/memberPages.ts`) and dropped by the
// member change notices PostgreSQL delivers on commit; polls allow for the notice's way to the portal.
// Revocation rides on the session confirmation (5 s, `sessionConfirmMs`), with a little room. A page
// is kept on its first render unless a notice about it arrives meanwhile (a campaign's first leaderboard
// read marks its standings stale itself), so `kept` allows a few renders on a busy machine.
const noticeBound = { timeout: 10_000, interval: 100 }
const keptBound = { timeout: 30_000, interval: 100 }
const revocationBound = { timeout: 6_000, interval: 100 }

type Setting = Awaited<ReturnType<typeof createCampaignSetting>>
let adminToken: string
let setting: Setting
let campaign: Campaign
let campaignPath: string
let memberA: CampaignMember
let neighbourA: CampaignMember
let memberB: CampaignMember

/** A portal page as the holder of a session token (or anonymously), with how the portal answered it; redirects not followed. */
async function pageAs(token: string | null, pathname: string): Promise<{ status: number; html: string; cache: string | null }> {
  const headers: Record<string, string> = token ? { cookie: `payload-token=${token}` } : {}
  const response = await fetch(stackUrl(pathname), { headers, redirect: 'manual' })
  return { status: response.status, html: await response.text(), cache: response.headers.get('x-portal-cache') }
}

/** Reads a page until the member's own copy answers it, so what follows is proved against the kept copy. */
async function kept(token: string, pathname: string): Promise<string> {
  await expect.poll(async () => (await pageAs(token, pathname)).cache, keptBound).toBe('member-hit')
  return (await pageAs(token, pathname)).html
}

async function join(member: CampaignMember): Promise<void> {
  const { status } = await apiJson(`/api/campaigns/${campaign.id}/enrolment`, { token: member.token, method: 'POST', body: {} })
  expect(status).toBe(200)
}

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken, { enrolment: 'link', quiz: sampleQuiz, leaderboard: 'individual', isPublic: false })
  campaign = setting.campaign
  campaignPath = `/campaigns/${campaign.slug}`
  ;[memberA, neighbourA, memberB] = await Promise.all([
    createCampaignMember(adminToken, setting.branchA.id),
    createCampaignMember(adminToken, setting.branchA.id),
    createCampaignMember(adminToken, setting.branchB.id),
  ])
  await join(memberA)
  await join(neighbourA)
})

describe('member pages on the same URL', () => {
  it('never shows one member’s 我的学习 or campaign page to another member, another branch or anonymous readers', async () => {
    const notice = `只给甲的提醒 ${memberA.id}`
    const sent = await apiJson('/api/notices', { token: adminToken, method: 'POST', body: { member: memberA.id, title: notice } })
    expect(sent.status).toBe(201)
    await expect.poll(async () => (await pageAs(memberA.token, '/me')).html, noticeBound).toContain(notice)
    // Interleaved and repeated, so every reader's second read comes after the others' copies were kept.
    for (let round = 0; round < 2; round += 1) {
      const [a, neighbour, b, anonymous] = [
        await pageAs(memberA.token, '/me'),
        await pageAs(neighbourA.token, '/me'),
        await pageAs(memberB.token, '/me'),
        await pageAs(null, '/me'),
      ]
      expect(a.html).toContain(notice)
      expect(a.html).toContain(memberA.name)
      for (const page of [neighbour, b]) {
        expect(page.status).toBe(200)
        expect(page.html).not.toContain(notice)
        expect(page.html).not.toContain(memberA.name)
      }
      expect(neighbour.html).toContain(neighbourA.name)
      expect(b.html).toContain(memberB.name)
      expect(anonymous.status).toBe(302)
      const [campaignA, campaignNeighbour, campaignB, campaignAnonymous] = [
        await pageAs(memberA.token, campaignPath),
        await pageAs(neighbourA.token, campaignPath),
        await pageAs(memberB.token, campaignPath),
        await pageAs(null, campaignPath),
      ]
      expect(campaignA.html).toContain(`${memberA.name}（我）`)
      expect(campaignNeighbour.html).toContain(`${neighbourA.name}（我）`)
      expect(campaignNeighbour.html).not.toContain(`${memberA.name}（我）`)
      expect(campaignB.status).toBe(404)
      expect(campaignAnonymous.status).toBe(401)
      for (const page of [campaignB, campaignAnonymous]) expect(page.html).not.toContain(campaign.title)
    }
    expect((await pageAs(memberA.token, '/me')).cache).toBe('member-hit')
    expect((await pageAs(memberA.token, campaignPath)).cache).toBe('member-hit')
  })

  it('answers a member’s kept page private and not to be stored', async () => {
    await kept(memberA.token, '/me')
    const response = await fetch(stackUrl('/me'), { headers: { cookie: `payload-token=${memberA.token}` }, redirect: 'manual' })
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('member pages follow the member’s study', () => {
  it('shows an item the member completed and favorited on their next 我的学习 and campaign page', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    await join(member)
    expect(await kept(member.token, '/me')).not.toContain(setting.article.title)
    expect(await kept(member.token, campaignPath)).toContain('我的排名：第')
    await completeItemOnStack(member.id, { collection: 'articles', id: setting.article.id })
    await expect.poll(async () => (await pageAs(member.token, '/me')).html, noticeBound).toContain(setting.article.title)
    await expect
      .poll(async () => (await pageAs(member.token, campaignPath)).html, noticeBound)
      .toMatch(/我的排名：第 \d+ 名（共 \d+ 人），5 分/)
    const other = await createCampaignMember(adminToken, setting.branchA.id)
    expect(await kept(other.token, '/me')).not.toContain(setting.article.title)
    const favorite = await apiJson(`/api/study/favorites/articles/${setting.article.id}`, { token: other.token, method: 'PUT' })
    expect(favorite.status).toBeLessThan(300)
    await expect.poll(async () => (await pageAs(other.token, '/me')).html, noticeBound).toContain(setting.article.title)
  })

  it('shows a check-in on the member’s next campaign page and 我的学习', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    await join(member)
    expect(await kept(member.token, campaignPath)).not.toContain('今日已打卡')
    await kept(member.token, '/me')
    const checkIn = await apiJson(`/api/campaigns/${campaign.id}/check-ins`, { token: member.token, method: 'POST', body: {} })
    expect(checkIn.status).toBeLessThan(300)
    await expect.poll(async () => (await pageAs(member.token, campaignPath)).html, noticeBound).toContain('今日已打卡')
    await expect.poll(async () => (await pageAs(member.token, '/me')).html, noticeBound).toMatch(/打卡 1\/\d+ 天/)
  })

  it('shows a started and a submitted quiz attempt on the member’s next campaign page', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    await join(member)
    expect(await kept(member.token, campaignPath)).not.toContain('继续答题')
    const start = await apiJson(`/api/campaigns/${campaign.id}/quiz-attempts`, { token: member.token, method: 'POST', body: {} })
    expect(start.status).toBe(201)
    await expect.poll(async () => (await pageAs(member.token, campaignPath)).html, noticeBound).toContain('继续答题')
    await kept(member.token, campaignPath)
    const submit = await apiJson(`/api/campaigns/${campaign.id}/quiz-attempts/1`, {
      token: member.token,
      method: 'POST',
      body: { answers: {} },
    })
    expect(submit.status).toBe(200)
    await expect.poll(async () => (await pageAs(member.token, campaignPath)).html, noticeBound).toContain('最好成绩 0 分')
  })

  it('shows a notice sent to the member on their next 我的学习', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    const title = `请按时学习 ${member.id}`
    expect(await kept(member.token, '/me')).not.toContain(title)
    const sent = await apiJson('/api/notices', { token: adminToken, method: 'POST', body: { member: member.id, title } })
    expect(sent.status).toBe(201)
    await expect.poll(async () => (await pageAs(member.token, '/me')).html, noticeBound).toContain(title)
  })

  it('moves the leaderboard on a member’s kept campaign page when another member checks in', async () => {
    const setting2 = await createCampaignSetting(adminToken, { enrolment: 'link', leaderboard: 'individual' })
    const path = `/campaigns/${setting2.campaign.slug}`
    const [first, second] = [
      await createCampaignMember(adminToken, setting2.branchA.id),
      await createCampaignMember(adminToken, setting2.branchA.id),
    ]
    for (const member of [first, second]) {
      const { status } = await apiJson(`/api/campaigns/${setting2.campaign.id}/enrolment`, {
        token: member.token,
        method: 'POST',
        body: {},
      })
      expect(status).toBe(200)
    }
    expect(await kept(first.token, path)).toContain('我的排名：第 1 名（共 2 人），0 分')
    const checkIn = await apiJson(`/api/campaigns/${setting2.campaign.id}/check-ins`, { token: second.token, method: 'POST', body: {} })
    expect(checkIn.status).toBeLessThan(300)
    await expect.poll(async () => (await pageAs(first.token, path)).html, noticeBound).toContain('我的排名：第 2 名（共 2 人），0 分')
  })
})

describe('revocation on kept member pages', () => {
  it('ends a signed-out session on a kept 我的学习 and campaign page', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    await join(member)
    await kept(member.token, '/me')
    await kept(member.token, campaignPath)
    expect((await apiJson('/api/users/logout', { token: member.token, method: 'POST' })).status).toBe(200)
    await expect.poll(async () => (await pageAs(member.token, '/me')).status, revocationBound).toBe(302)
    expect((await pageAs(member.token, campaignPath)).status).toBe(401)
  })

  it('takes a kept campaign page away from a member moved to a branch it is not for', async () => {
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    await join(member)
    expect(await kept(member.token, campaignPath)).toContain(campaign.title)
    await apiJson(`/api/users/${member.id}`, { token: adminToken, method: 'PATCH', body: { organization: setting.branchB.id } })
    await expect.poll(async () => (await pageAs(member.token, campaignPath)).status, revocationBound).toBe(404)
  })
})
