import type { Campaign, CampaignReflection } from '@xuexi/contract/payload-types'
import QRCode from 'qrcode'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CampaignMember, createCampaignMember, createCampaignSetting, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'

let adminToken: string
let setting: Awaited<ReturnType<typeof createCampaignSetting>>
let organizerA: CampaignMember
let organizerB: CampaignMember
let memberA: CampaignMember
let memberB: CampaignMember

const reflectionOf = async (id: number) =>
  (await apiJson<CampaignReflection>(`/api/campaign-reflections/${id}?depth=0`, { token: adminToken })).body
const campaignOf = async (id: number) => (await apiJson<Campaign>(`/api/campaigns/${id}?depth=0`, { token: adminToken })).body

async function submittedReflection(member: CampaignMember, body: string): Promise<number> {
  await apiJson(`/api/campaigns/${setting.campaign.id}/enrolment`, { token: member.token, method: 'POST', body: {} })
  const saved = await apiJson(`/api/campaigns/${setting.campaign.id}/reflection`, {
    token: member.token,
    method: 'PUT',
    body: { title: '读书心得', body, submit: true },
  })
  if (saved.status !== 200) throw new Error(`reflection: HTTP ${saved.status} ${JSON.stringify(saved.body)}`)
  const query = new URLSearchParams({ 'where[campaign][equals]': String(setting.campaign.id), 'where[member][equals]': String(member.id) })
  const found = await apiJson<{ docs: Array<{ id: number }> }>(`/api/campaign-reflections?${query}`, { token: adminToken })
  return found.body.docs[0]?.id as number
}

beforeAll(async () => {
  adminToken = await loginToken()
  const base = await createCampaignSetting(adminToken)
  setting = {
    ...base,
    campaign: (
      await apiJson<{ doc: Campaign }>(`/api/campaigns/${base.campaign.id}`, {
        token: adminToken,
        method: 'PATCH',
        body: { targetOrganizations: [base.branchA.id, base.branchB.id] },
      })
    ).body.doc,
  }
  organizerA = await createCampaignMember(adminToken, setting.branchA.id, 'organizer')
  organizerB = await createCampaignMember(adminToken, setting.branchB.id, 'organizer')
  memberA = await createCampaignMember(adminToken, setting.branchA.id)
  memberB = await createCampaignMember(adminToken, setting.branchB.id)
})

describe('who may open the organizer pages', () => {
  it('sends anonymous visitors to sign in and back, and refuses members with 403', async () => {
    const anonymous = await fetch(stackUrl('/organize'), { redirect: 'manual' })
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Forganize')
    const member = await fetchPageAs('/organize', memberA.token)
    expect(member.status).toBe(403)
    expect(member.html).toContain('组织工作只对组织员和管理员开放')
  })

  it('lists the campaigns of the organizer’s branch with their enrolment, and not the others’', async () => {
    const mine = await apiJson<{ docs: Array<{ id: number; enrolled: number }> }>('/api/campaigns/managed', { token: organizerA.token })
    expect(mine.body.docs.map((campaign) => campaign.id)).toContain(setting.campaign.id)
    const theirs = await apiJson<{ docs: Array<{ id: number }> }>('/api/campaigns/managed', { token: organizerB.token })
    expect(theirs.body.docs.map((campaign) => campaign.id)).not.toContain(setting.campaign.id)
    const page = await fetchPageAs('/organize', organizerA.token)
    expect(page.html).toContain(setting.campaign.title)
    expect(page.html).toContain(`/organize/campaigns/${setting.campaign.id}`)
    const refused = await apiJson('/api/campaigns/managed', { token: memberA.token })
    expect(refused.status).toBe(403)
  })
})

describe('an organizer of another branch', () => {
  it('cannot open the edit, poster or review pages of the campaign, nor change it over REST', async () => {
    for (const page of ['edit', 'poster', 'reflections']) {
      const answer = await fetchPageAs(`/organize/campaigns/${setting.campaign.id}/${page}`, organizerB.token)
      expect(answer.status, page).toBe(403)
    }
    const before = await campaignOf(setting.campaign.id)
    const patch = await apiJson(`/api/campaigns/${setting.campaign.id}`, {
      token: organizerB.token,
      method: 'PATCH',
      body: { title: '被别的支部改掉的标题' },
    })
    expect([403, 404]).toContain(patch.status)
    const after = await campaignOf(setting.campaign.id)
    expect(after.title).toBe(before.title)
    expect(after.updatedAt).toBe(before.updatedAt)
  })
})

describe('editing a campaign aimed beyond the organizer’s reach', () => {
  it('keeps targets an administrator chose outside the branch, but refuses adding new ones', async () => {
    const kept = await apiJson<{ doc: Campaign }>(`/api/campaigns/${setting.campaign.id}`, {
      token: organizerA.token,
      method: 'PATCH',
      body: { description: '组织员修改了活动介绍。', targetOrganizations: [setting.branchA.id, setting.branchB.id] },
    })
    expect(kept.status).toBe(200)
    const widened = await apiJson<{ errors: Array<{ message: string }> }>(`/api/campaigns/${setting.campaign.id}`, {
      token: organizerA.token,
      method: 'PATCH',
      body: { targetOrganizations: [setting.branchA.id, setting.branchB.id, setting.committee.id] },
    })
    expect(widened.status).toBe(403)
    expect(widened.body.errors[0]?.message).toBe('参加组织只能是您所在组织或其下级组织')
    expect((await campaignOf(setting.campaign.id)).targetOrganizations).toEqual([setting.branchA.id, setting.branchB.id])
  })
})

describe('the poster', () => {
  it('carries a QR code (SVG, rendered on the server) for the join link', async () => {
    const { status, html } = await fetchPageAs(`/organize/campaigns/${setting.campaign.id}/poster`, organizerA.token)
    expect(status).toBe(200)
    const link = html.match(/data-join-link="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&')
    expect(link).toMatch(new RegExp(`^http://localhost:\\d+/campaigns/${setting.campaign.slug}\\?join=1$`))
    const svg = html.match(/data-join-link="[^"]+"[^>]*>(<svg[\s\S]*?<\/svg>)/)?.[1]
    const expected = await QRCode.toString(link as string, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
      color: { dark: '#1f1f1f', light: '#ffffff' },
    })
    expect(svg).toBe(expected.trim())
  })
})

describe('reviewing reflections', () => {
  let reflectionA: number
  let reflectionB: number

  beforeAll(async () => {
    reflectionA = await submittedReflection(memberA, '通过学习，我深刻认识到理论学习要持之以恒，今后要把学到的用到工作中去。')
    reflectionB = await submittedReflection(memberB, '这次读书活动让我收获很大，我要认真履行党员义务，发挥先锋模范作用。')
  })

  it('lists only the reflections of the organizer’s members', async () => {
    const { html } = await fetchPageAs(`/organize/campaigns/${setting.campaign.id}/reflections`, organizerA.token)
    expect(html).toContain(memberA.name)
    expect(html).not.toContain(memberB.name)
  })

  it('records the reviewer and the time with the score, and never takes them from the request', async () => {
    const saved = await apiJson(`/api/campaign-reflections/${reflectionA}`, {
      token: organizerA.token,
      method: 'PATCH',
      body: { score: 85, comment: '体会真切。', reviewedBy: organizerB.id, reviewedAt: '2020-01-01T00:00:00.000Z' },
    })
    expect(saved.status).toBe(200)
    const reflection = await reflectionOf(reflectionA)
    expect(reflection).toMatchObject({ score: 85, comment: '体会真切。', reviewedBy: organizerA.id })
    expect(Date.now() - Date.parse(reflection.reviewedAt ?? '')).toBeLessThan(60_000)
  })

  it('refuses an organizer reviewing a member of another branch, and changes nothing', async () => {
    const before = await reflectionOf(reflectionB)
    const refused = await apiJson(`/api/campaign-reflections/${reflectionB}`, {
      token: organizerA.token,
      method: 'PATCH',
      body: { score: 10, featured: true },
    })
    expect([403, 404]).toContain(refused.status)
    expect(await reflectionOf(reflectionB)).toEqual(before)
  })

  it('answers a score out of range with a Chinese message and keeps the old one', async () => {
    const refused = await apiJson<{ errors: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }>(
      `/api/campaign-reflections/${reflectionA}`,
      { token: organizerA.token, method: 'PATCH', body: { score: 150 } },
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/[\u4e00-\u9fff]/)
    expect(JSON.stringify(refused.body)).not.toMatch(/is not a valid|must be/i)
    expect((await reflectionOf(reflectionA)).score).toBe(85)
  })
})
