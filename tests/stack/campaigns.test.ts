import type { Campaign } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleQuiz } from '../support/campaignMember'
import { type CampaignMember, createCampaignMember, createCampaignSetting, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildCampaign, uniqueId } from '../support/factories'
import { fetchPage } from '../support/fetchPage'
import { createQuestion } from '../support/questionBank'

type Setting = Awaited<ReturnType<typeof createCampaignSetting>>
let adminToken: string
let setting: Setting
let member: CampaignMember
let outsider: CampaignMember
let campaign: Campaign

const errorOf = (body: unknown) => (body as { errors?: Array<{ message: string }> }).errors?.[0]?.message

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken, { enrolment: 'link', quiz: sampleQuiz, leaderboard: 'individual' })
  campaign = setting.campaign
  member = await createCampaignMember(adminToken, setting.branchA.id)
  outsider = await createCampaignMember(adminToken, setting.branchB.id)
})

describe('campaign endpoints for members', () => {
  it('asks anonymous callers to sign in and never answers for them', async () => {
    const me = await apiJson(`/api/campaigns/${campaign.id}/me`)
    expect(me.status).toBe(401)
    expect(errorOf(me.body)).toBe('请先登录：参加读书活动需要党员账号')
    expect((await apiJson(`/api/campaigns/${campaign.id}/check-ins`, { method: 'POST', body: {} })).status).toBe(401)
  })

  it('refuses to enrol a member outside the target branch, with the reason in Chinese', async () => {
    const join = await apiJson(`/api/campaigns/${campaign.id}/enrolment`, { token: outsider.token, method: 'POST', body: {} })
    expect(join.status).toBe(403)
    expect(errorOf(join.body)).toContain('不在本活动的参加范围内')
    const check = await apiJson(`/api/campaigns/${campaign.id}/check-ins`, { token: outsider.token, method: 'POST', body: {} })
    expect(check.status).toBe(403)
  })

  it('lets a member of the branch join, check in once a day, and shows only their own standing', async () => {
    const before = await apiJson<{ enrolled: boolean; canJoin: boolean }>(`/api/campaigns/${campaign.id}/me`, { token: member.token })
    expect(before.body).toMatchObject({ enrolled: false, canJoin: true })
    const join = await apiJson(`/api/campaigns/${campaign.id}/enrolment`, { token: member.token, method: 'POST', body: {} })
    expect(join).toMatchObject({ status: 200, body: { enrolled: true, joined: true } })
    const first = await apiJson(`/api/campaigns/${campaign.id}/check-ins`, {
      token: member.token,
      method: 'POST',
      body: { note: '今天读完了第一章' },
    })
    expect(first.status).toBe(201)
    const second = await apiJson(`/api/campaigns/${campaign.id}/check-ins`, { token: member.token, method: 'POST', body: {} })
    expect(second.status).toBe(409)
    expect(errorOf(second.body)).toBe('今天已经打过卡了，明天再来吧')
    const me = await apiJson<{ standing: { memberId: number; checkInDays: number }; checkedInToday: boolean }>(
      `/api/campaigns/${campaign.id}/me`,
      { token: member.token },
    )
    expect(me.body).toMatchObject({ standing: { memberId: member.id, checkInDays: 1 }, checkedInToday: true })
  })

  it('refuses a reflection below the minimum length and a malformed body, saving nothing', async () => {
    const short = await apiJson(`/api/campaigns/${campaign.id}/reflection`, {
      token: member.token,
      method: 'PUT',
      body: { body: '太短了', submit: true },
    })
    expect(short.status).toBe(400)
    expect(errorOf(short.body)).toBe('心得体会至少 20 字（不计空格），当前 3 字，请补充后再提交')
    const malformed = await apiJson(`/api/campaigns/${campaign.id}/reflection`, { token: member.token, method: 'PUT', body: { body: 42 } })
    expect(malformed.status).toBe(400)
    expect(errorOf(malformed.body)).toBe('请求内容格式不正确，请刷新页面后重试')
    const me = await apiJson<{ reflection: unknown }>(`/api/campaigns/${campaign.id}/me`, { token: member.token })
    expect(me.body.reflection).toBeNull()
  })

  it('runs a quiz attempt: shuffled questions without answers, refusals for other attempts, the score after submitting', async () => {
    const start = await apiJson<{ number: number; questions: Array<{ id: string; options: Array<{ id: string; text: string }> }> }>(
      `/api/campaigns/${campaign.id}/quiz-attempts`,
      { token: member.token, method: 'POST', body: {} },
    )
    expect(start.status).toBe(201)
    expect(JSON.stringify(start.body)).not.toMatch(/"correct"|explanation|党章总纲/)
    const other = await apiJson(`/api/campaigns/${campaign.id}/quiz-attempts/2`, {
      token: member.token,
      method: 'POST',
      body: { answers: {} },
    })
    expect(other.status).toBe(404)
    const notMine = await apiJson(`/api/campaigns/${campaign.id}/quiz-attempts/1`, {
      token: outsider.token,
      method: 'POST',
      body: { answers: {} },
    })
    expect(notMine.status).toBe(403)
    const wrongTexts = ['发展经济', '表彰大会', '错误']
    const answers = Object.fromEntries(
      start.body.questions.map((question) => [
        question.id,
        question.options.filter((option) => wrongTexts.includes(option.text)).map((option) => option.id),
      ]),
    )
    const submitted = await apiJson<{ submitted: boolean; score: number }>(`/api/campaigns/${campaign.id}/quiz-attempts/1`, {
      token: member.token,
      method: 'POST',
      body: { answers },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ submitted: true, score: 0 })
    const again = await apiJson(`/api/campaigns/${campaign.id}/quiz-attempts/1`, { token: member.token, method: 'POST', body: { answers } })
    expect(again.status).toBe(409)
  })

  it('shows the individual leaderboard with names and points only', async () => {
    const board = await apiJson<{ mode: string; rows: Array<Record<string, unknown>> }>(`/api/campaigns/${campaign.id}/leaderboard`, {
      token: member.token,
    })
    expect(board.status).toBe(200)
    expect(board.body.mode).toBe('individual')
    expect(board.body.rows).toContainEqual({ rank: 1, name: member.name, points: 1, me: true })
    expect((await apiJson(`/api/campaigns/${campaign.id}/leaderboard`, { token: outsider.token })).status).toBe(403)
  })

  it('hides a non-public campaign of another branch entirely', async () => {
    const hidden = await createCampaignSetting(adminToken, { isPublic: false })
    const me = await apiJson(`/api/campaigns/${hidden.campaign.id}/me`, { token: member.token })
    expect(me.status).toBe(404)
    expect(errorOf(me.body)).toContain('找不到这个读书活动')
    for (const [method, action] of [
      ['POST', 'enrolment'],
      ['POST', 'check-ins'],
      ['PUT', 'reflection'],
      ['POST', 'quiz-attempts'],
    ] as const) {
      const refused = await apiJson(`/api/campaigns/${hidden.campaign.id}/${action}`, {
        token: member.token,
        method,
        body: { body: '心得'.repeat(20) },
      })
      expect(refused.status, action).toBe(404)
    }
    expect((await apiJson(`/api/campaigns/${hidden.campaign.id}/leaderboard`, { token: member.token })).status).toBe(404)
  })

  it('lists only the member’s own notices and refuses to mark another member’s read', async () => {
    const mine = await apiJson<{ doc: { id: number } }>('/api/notices', {
      token: adminToken,
      method: 'POST',
      body: { member: member.id, campaign: campaign.id, title: '请按时完成打卡', link: `/campaigns/${campaign.slug}` },
    })
    const theirs = await apiJson<{ doc: { id: number } }>('/api/notices', {
      token: adminToken,
      method: 'POST',
      body: { member: outsider.id, title: '别人的提醒' },
    })
    const listed = await apiJson<{ unread: number; docs: Array<{ title: string }> }>('/api/notices/mine', { token: member.token })
    expect(listed.body).toMatchObject({ unread: 1, docs: [{ title: '请按时完成打卡' }] })
    expect((await apiJson(`/api/notices/${theirs.body.doc.id}/read`, { token: member.token, method: 'POST' })).status).toBe(404)
    expect((await apiJson(`/api/notices/${mine.body.doc.id}/read`, { token: member.token, method: 'POST' })).status).toBe(200)
    expect((await apiJson('/api/notices/mine')).status).toBe(401)
  })
})

describe('campaign pages', () => {
  it('shows anonymous visitors the public description and a sign-in prompt that keeps the join link', async () => {
    const { status, html } = await fetchPage(`/campaigns/${campaign.slug}?join=1`)
    expect(status).toBe(200)
    expect(html).toContain(campaign.title)
    expect(html).toContain('登录后参加读书活动')
    expect(html).toContain(`/login?next=${encodeURIComponent(`/campaigns/${campaign.slug}?join=1`)}`)
    expect(html).not.toContain(setting.article.title)
    expect(html).not.toContain('id="checklist"')
    expect(html).not.toContain('/api/campaigns/')
  })

  it('asks anonymous visitors of a campaign not open to the public to sign in, telling them nothing about it', async () => {
    const hidden = await createCampaignSetting(adminToken, { isPublic: false, enrolment: 'link' })
    const { status, html } = await fetchPage(`/campaigns/${hidden.campaign.slug}?join=1`)
    expect(status).toBe(401)
    expect(html).toContain(`/login?next=${encodeURIComponent(`/campaigns/${hidden.campaign.slug}?join=1`)}`)
    expect(html).not.toContain(hidden.campaign.title)
    expect(html).not.toContain(hidden.campaign.description ?? '')
    expect((await fetchPageAs(`/campaigns/${hidden.campaign.slug}`, outsider.token)).status).toBe(404)
  })

  it('lists campaigns and links them from the header and the home page, fresh as soon as one is published', async () => {
    const list = await fetchPage('/campaigns')
    expect(list.html).toContain(campaign.title)
    const home = await fetchPage('/')
    expect(home.html).toContain('href="/campaigns"')
    const fresh = await createCampaignSetting(adminToken, { title: `新发布的读书活动 ${Date.now()}` })
    await expect.poll(async () => (await fetchPage('/campaigns')).html, { timeout: 5000 }).toContain(fresh.campaign.title)
    await expect.poll(async () => (await fetchPage('/')).html, { timeout: 5000 }).toContain(fresh.campaign.title)
  })

  it('shows a member their checklist linking to the items, and 我的学习 their campaigns', async () => {
    const page = await fetchPageAs(`/campaigns/${campaign.slug}`, member.token)
    expect(page.status).toBe(200)
    expect(page.html).toContain('书目清单')
    expect(page.html).toContain(`href="/articles/${setting.article.slug}"`)
    expect(page.html).toContain('今日已打卡')
    const me = await fetchPageAs('/me', member.token)
    expect(me.html).toContain('我的读书活动')
    expect(me.html).toContain(campaign.title)
  })

  it('invites a member who came to an automatic campaign’s branch after publishing to join, without mentioning a link', async () => {
    const automatic = await createCampaignSetting(adminToken, { enrolment: 'automatic' })
    const newcomer = await createCampaignMember(adminToken, automatic.branchA.id)
    const page = await fetchPageAs(`/campaigns/${automatic.campaign.slug}`, newcomer.token)
    expect(page.html).toContain('本活动面向您所在的组织')
    expect(page.html).not.toContain('通过链接或二维码')
    const linkNewcomer = await createCampaignMember(adminToken, setting.branchA.id)
    expect((await fetchPageAs(`/campaigns/${campaign.slug}`, linkNewcomer.token)).html).toContain('通过链接或二维码')
  })

  it('refuses the certificate until every requirement is met', async () => {
    const page = await fetchPageAs(`/campaigns/${campaign.slug}/certificate`, member.token)
    expect(page.status).toBe(403)
    expect(page.html).toContain('完成全部要求后即可查看结业证书')
  })
})

describe('campaign quizzes from the question bank', () => {
  type Paper = { number: number; questions: Array<{ id: string; prompt: string; options: Array<{ id: string; text: string }> }> }
  const bankOnly = (questionIds: number[]) => ({ ...sampleQuiz, questions: [], bankQuestions: questionIds })
  // Each with an explanation of its own, so a leak names the question; the key is B.
  const createBankQuestion = (overrides: Parameters<typeof createQuestion>[1] = {}) =>
    createQuestion(adminToken, { explanation: `题库解析 ${uniqueId()}：党章规定了党的组织原则。`, visibility: 'members', ...overrides })

  it('asks picked bank questions beside written ones, never sends their answers before hand-in, and scores them on the server', async () => {
    const picked = [await createBankQuestion(), await createBankQuestion()]
    const mixed = await createCampaignSetting(adminToken, {
      enrolment: 'link',
      quiz: { ...sampleQuiz, maxAttempts: 1, bankQuestions: picked.map((question) => question.id) },
    })
    const taker = await createCampaignMember(adminToken, mixed.branchA.id)
    await apiJson(`/api/campaigns/${mixed.campaign.id}/enrolment`, { token: taker.token, method: 'POST', body: {} })
    const start = await apiJson<Paper>(`/api/campaigns/${mixed.campaign.id}/quiz-attempts`, {
      token: taker.token,
      method: 'POST',
      body: {},
    })
    expect(start.status).toBe(201)
    expect(start.body.questions).toHaveLength(sampleQuiz.questions.length + picked.length)
    for (const question of picked) expect(start.body.questions.map((shown) => shown.prompt)).toContain(question.stem)
    const secrets = picked.map((question) => String(question.explanation))
    const seen = [
      JSON.stringify(start.body),
      JSON.stringify((await apiJson(`/api/campaigns/${mixed.campaign.id}/quiz-attempts/1`, { token: taker.token })).body),
      JSON.stringify((await apiJson(`/api/campaigns/${mixed.campaign.id}?depth=2`, { token: taker.token })).body),
      JSON.stringify((await apiJson(`/api/campaigns?depth=2&where[id][equals]=${mixed.campaign.id}`, { token: taker.token })).body),
      JSON.stringify((await apiJson(`/api/campaigns/${mixed.campaign.id}/me`, { token: taker.token })).body),
      (await fetchPageAs(`/campaigns/${mixed.campaign.slug}`, taker.token)).html,
    ]
    const graphql = await apiJson('/api/graphql', {
      token: taker.token,
      method: 'POST',
      body: { query: `{ Campaign(id: ${mixed.campaign.id}) { title quiz { bankQuestions { stem explanation answer { keys } } } } }` },
    })
    seen.push(JSON.stringify(graphql.body))
    for (const text of seen) {
      for (const secret of secrets) expect(text).not.toContain(secret)
      expect(text).not.toMatch(/"correct"|"keys"|"bankQuestions"\s*:\s*\[\s*\{/)
    }
    // The bank questions answered with their key, every written question left blank (wrong).
    const answers = Object.fromEntries(start.body.questions.map((question) => [question.id, question.id.startsWith('bank-') ? ['B'] : []]))
    const submitted = await apiJson<{ score: number; correctCount: number; questions: Array<{ id: string; explanation?: string }> }>(
      `/api/campaigns/${mixed.campaign.id}/quiz-attempts/1`,
      { token: taker.token, method: 'POST', body: { answers } },
    )
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({
      correctCount: picked.length,
      score: Math.round((100 * picked.length) / (picked.length + sampleQuiz.questions.length)),
    })
    const revealed = submitted.body.questions.find((question) => question.id === `bank-${picked[0]?.id}`)
    expect(revealed?.explanation).toBe(picked[0]?.explanation)
  })

  it('lets an organizer pick published bank questions for their campaign, and refuses a draft or a restricted one', async () => {
    const own = await createCampaignSetting(adminToken)
    const organizer = await createCampaignMember(adminToken, own.branchA.id, 'organizer')
    const published = await createBankQuestion()
    const draft = await createBankQuestion({ _status: 'draft' })
    const restricted = await createBankQuestion({ visibility: 'organizations', organizations: [own.branchA.id] })
    const campaignWith = (questionIds: number[]) => ({
      ...buildCampaign([own.branchA.id], [{ collection: 'articles', id: own.article.id }]),
      quiz: bankOnly(questionIds),
    })
    const accepted = await apiJson<{ doc: Campaign }>('/api/campaigns', {
      token: organizer.token,
      method: 'POST',
      body: campaignWith([published.id]),
    })
    expect(accepted.status).toBe(201)
    const stored = await apiJson<Campaign>(`/api/campaigns/${accepted.body.doc.id}?depth=0`, { token: organizer.token })
    expect(stored.body.quiz?.bankQuestions).toEqual([published.id])
    for (const refused of [draft, restricted]) {
      const attempt = await apiJson('/api/campaigns', { token: organizer.token, method: 'POST', body: campaignWith([refused.id]) })
      expect(attempt.status, String(refused.id)).toBe(400)
    }
    const patched = await apiJson(`/api/campaigns?where[id][equals]=${accepted.body.doc.id}`, {
      token: organizer.token,
      method: 'PATCH',
      body: { quiz: bankOnly([draft.id]) },
    })
    expect(patched.status).toBe(400)
    const unchanged = await apiJson<Campaign>(`/api/campaigns/${accepted.body.doc.id}?depth=0`, { token: organizer.token })
    expect(unchanged.body.quiz?.bankQuestions).toEqual([published.id])
  })
})
