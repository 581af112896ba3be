import { studyDay } from '@xuexi/contract/chinaTime'
import type { Campaign, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildMemberCampaignView } from '../../cms/src/campaigns/member/buildMemberCampaignView'
import { campaignLeaderboard } from '../../cms/src/campaigns/member/campaignLeaderboard'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { joinCampaign } from '../../cms/src/campaigns/member/joinCampaign'
import { memberCampaignList } from '../../cms/src/campaigns/member/memberCampaignList'
import { markNoticeRead, memberNotices } from '../../cms/src/campaigns/member/memberNotices'
import { quizQuestionsOf } from '../../cms/src/campaigns/member/quizQuestionsOf'
import { readQuizAttempt } from '../../cms/src/campaigns/member/readQuizAttempt'
import { saveReflection } from '../../cms/src/campaigns/member/saveReflection'
import { startQuizAttempt } from '../../cms/src/campaigns/member/startQuizAttempt'
import { submitQuizAttempt } from '../../cms/src/campaigns/member/submitQuizAttempt'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs, requestAs, sampleQuiz } from '../support/campaignMember'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool
const rules = defaultPointsRules
const day = 86_400_000

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

async function setting(overrides: Partial<Campaign> = {}) {
  const committee = await createOrganization(payload, '活动党委')
  const branchA = await createOrganization(payload, '活动第一支部', committee.id)
  const branchB = await createOrganization(payload, '活动第二支部', committee.id)
  const outsider = await createUser(payload, 'member', { organization: (await createOrganization(payload, '其他党委')).id })
  const member = await createUser(payload, 'member', { organization: branchA.id })
  const colleague = await createUser(payload, 'member', { organization: branchA.id })
  const other = await createUser(payload, 'member', { organization: branchB.id })
  const article = await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })
  const campaign = await payload.create({
    collection: 'campaigns',
    data: buildCampaign([committee.id], [{ collection: 'articles', id: article.id }], overrides),
  })
  return { committee, branchA, branchB, outsider, member, colleague, other, article, campaign }
}

const count = async (table: string, campaignId: number, memberId?: number) =>
  Number(
    (
      await pool.query(`select count(*) from ${table} where campaign_id = $1 and ($2::int is null or member_id = $2)`, [
        campaignId,
        memberId ?? null,
      ])
    ).rows[0].count,
  )

const studyPoints = async (member: User, kind: string) =>
  Number(
    (await pool.query('select coalesce(sum(points), 0) as points from study_daily where user_id = $1 and kind = $2', [member.id, kind]))
      .rows[0].points,
  )

describe('joining a campaign', () => {
  it('enrols a member of a target branch through the link once, however often they join', async () => {
    const { campaign, member } = await setting({ enrolment: 'link' })
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
    const { campaign, outsider } = await setting({ enrolment: 'link' })
    await expect(joinCampaign(await campaignAs(payload, outsider, campaign.id))).rejects.toMatchObject({
      status: 403,
      message: '您所在的组织不在本活动的参加范围内，不能报名。如有疑问请联系活动组织员',
    })
    expect(await count('campaign_enrollments', campaign.id)).toBe(0)
  })

  it('hides a campaign that is not public from members it does not target, and drafts from everyone', async () => {
    const { campaign, outsider, member } = await setting({ enrolment: 'link', isPublic: false })
    await expect(campaignAs(payload, outsider, campaign.id)).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('找不到这个读书活动'),
    })
    const { campaign: draft } = await setting({ status: 'draft' })
    await expect(campaignAs(payload, member, draft.id)).rejects.toMatchObject({ status: 404 })
    await expect(campaignAs(payload, null, campaign.id)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('请先登录'),
    })
  })

  it('refuses to join a campaign that has ended', async () => {
    const now = Date.now()
    const { campaign, member } = await setting({
      enrolment: 'link',
      startsOn: new Date(now - 30 * day).toISOString(),
      endsOn: new Date(now - 2 * day).toISOString(),
    })
    await expect(joinCampaign(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({ status: 409 })
    expect(await count('campaign_enrollments', campaign.id)).toBe(0)
  })
})

describe('checking in', () => {
  it('checks a member in once per China day and adds the check-in to their study points', async () => {
    const { campaign, member } = await setting()
    const result = await checkIn(await campaignAs(payload, member, campaign.id), { rules })
    expect(result).toEqual({ day: studyDay(new Date()) })
    await expect(checkIn(await campaignAs(payload, member, campaign.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: '今天已经打过卡了，明天再来吧',
    })
    expect(await count('campaign_check_ins', campaign.id, member.id)).toBe(1)
    expect(await studyPoints(member, 'checkIn')).toBe(rules.checkIn.points)
  })

  it('lets only one of two simultaneous check-ins through', async () => {
    const { campaign, member } = await setting()
    const [first, second] = await Promise.allSettled([
      checkIn(await campaignAs(payload, member, campaign.id), { rules }),
      checkIn(await campaignAs(payload, member, campaign.id), { rules }),
    ])
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected'])
    expect(await count('campaign_check_ins', campaign.id, member.id)).toBe(1)
    expect(await studyPoints(member, 'checkIn')).toBe(rules.checkIn.points)
  })

  it('keeps check-in study points within the day’s cap across campaigns', async () => {
    const { campaign, member, committee, article } = await setting()
    const second = await payload.create({
      collection: 'campaigns',
      data: buildCampaign([committee.id], [{ collection: 'articles', id: article.id }]),
    })
    await checkIn(await campaignAs(payload, member, campaign.id), { rules })
    await checkIn(await campaignAs(payload, member, second.id), { rules })
    expect(await count('campaign_check_ins', second.id, member.id)).toBe(1)
    expect(await studyPoints(member, 'checkIn')).toBe(rules.checkIn.dailyCap)
  })

  it('counts the day in China time: 23:30 UTC is already the next day', async () => {
    const { campaign, member } = await setting()
    const late = new Date(`${new Date().toISOString().slice(0, 10)}T23:30:00Z`)
    const context = await campaignAs(payload, member, campaign.id, late)
    expect(context.today).toBe(new Date(late.getTime() + 8 * 3600_000).toISOString().slice(0, 10))
  })

  it('refuses check-ins before the campaign starts and after it ends, writing nothing', async () => {
    const now = Date.now()
    const { campaign: upcoming, member } = await setting({
      startsOn: new Date(now + 3 * day).toISOString(),
      endsOn: new Date(now + 30 * day).toISOString(),
    })
    await expect(checkIn(await campaignAs(payload, member, upcoming.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('活动还没有开始'),
    })
    const { campaign: ended, member: late } = await setting({
      startsOn: new Date(now - 30 * day).toISOString(),
      endsOn: new Date(now - 3 * day).toISOString(),
    })
    await expect(checkIn(await campaignAs(payload, late, ended.id), { rules })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('活动已于'),
    })
    expect(await count('campaign_check_ins', upcoming.id)).toBe(0)
    expect(await count('campaign_check_ins', ended.id)).toBe(0)
    expect(await studyPoints(member, 'checkIn')).toBe(0)
  })

  it('refuses a member who has not joined a link campaign', async () => {
    const { campaign, member } = await setting({ enrolment: 'link' })
    await expect(checkIn(await campaignAs(payload, member, campaign.id), { rules })).rejects.toMatchObject({
      status: 403,
      message: '您还没有参加这个读书活动，请先报名',
    })
    expect(await count('campaign_check_ins', campaign.id)).toBe(0)
  })
})

describe('reflections', () => {
  const long = '学习党章，牢记初心使命，做一名合格的共产党员。'.repeat(2)

  it('saves a short draft but refuses to submit fewer characters than the minimum, keeping the draft', async () => {
    const { campaign, member } = await setting()
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
    const { campaign, member } = await setting()
    const context = await campaignAs(payload, member, campaign.id)
    const submitted = await saveReflection(context, { title: '心得', body: long, submit: true })
    expect(submitted).toMatchObject({ status: 'submitted', body: long })
    await expect(saveReflection(context, { title: '改', body: '改过的内容', submit: false })).rejects.toMatchObject({ status: 409 })
    const { rows } = await pool.query('select body, status from campaign_reflections where campaign_id = $1', [campaign.id])
    expect(rows).toEqual([{ body: long, status: 'submitted' }])
  })

  it('refuses an empty reflection', async () => {
    const { campaign, member } = await setting()
    await expect(
      saveReflection(await campaignAs(payload, member, campaign.id), { title: '', body: '   ', submit: false }),
    ).rejects.toMatchObject({
      status: 400,
    })
    expect(await count('campaign_reflections', campaign.id)).toBe(0)
  })
})

describe('quizzes', () => {
  async function quizSetting(quiz: Partial<Campaign['quiz']> = {}) {
    const found = await setting({ quiz: { ...sampleQuiz, ...quiz } })
    const full = await payload.findByID({ collection: 'campaigns', id: found.campaign.id, overrideAccess: true })
    const questions = await quizQuestionsOf(payload, full)
    const correct = Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]))
    const wrong = Object.fromEntries(
      questions.map((q) => [
        q.id,
        q.options
          .filter((o) => !o.correct)
          .map((o) => o.id)
          .slice(0, 1),
      ]),
    )
    return { ...found, questions, correct, wrong }
  }

  it('shows an attempt’s questions shuffled by its seed and without the answers, the same on reload', async () => {
    const { campaign, member, questions } = await quizSetting()
    const attempt = await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    expect(attempt).toMatchObject({ number: 1, submitted: false, score: null })
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort())
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"|correctOptionIds|党章总纲/)
    const again = await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    expect(again).toEqual(attempt)
    expect(await count('quiz_attempts', campaign.id, member.id)).toBe(1)
  })

  it('scores a submitted attempt, then shows the score, the correct options and the explanations when the campaign reveals them after each attempt', async () => {
    const { campaign, member, correct, questions } = await quizSetting({ revealAnswers: 'afterEachAttempt' })
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const firstTwo = Object.fromEntries(Object.entries(correct).slice(0, 2))
    const result = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: firstTwo, rules })
    expect(result).toMatchObject({ submitted: true, score: 67, passed: true, correctCount: 2 })
    const shownFirst = result.questions.find((q) => q.id === questions[0]?.id)
    expect(shownFirst).toMatchObject({
      correct: true,
      explanation: '党章总纲明确规定。',
      correctOptionIds: correct[questions[0]?.id as string],
    })
    await expect(readQuizAttempt(await campaignAs(payload, member, campaign.id), 1)).resolves.toEqual(result)
    expect(await studyPoints(member, 'quiz')).toBe(rules.quiz.points)
  })

  it('by default keeps the correct options and explanations hidden while an attempt is left, and shows them after the last', async () => {
    const { campaign, member, wrong } = await quizSetting()
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const first = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: wrong, rules })
    expect(first).toMatchObject({ submitted: true, score: 0, answersRevealed: false })
    expect(JSON.stringify(first)).not.toMatch(/"correct"|correctOptionIds|explanation|党章总纲/)
    expect(JSON.stringify(await readQuizAttempt(await campaignAs(payload, member, campaign.id), 1))).not.toMatch(
      /correctOptionIds|党章总纲/,
    )
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    const last = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 2, answers: wrong, rules })
    expect(last.answersRevealed).toBe(true)
    expect(last.questions.map((question) => question.explanation)).toContain('党章总纲明确规定。')
    expect((await readQuizAttempt(await campaignAs(payload, member, campaign.id), 1)).answersRevealed).toBe(true)
  })

  it('never shows the correct options when the campaign says never', async () => {
    const { campaign, member, wrong } = await quizSetting({ revealAnswers: 'never' })
    for (const number of [1, 2]) {
      await startQuizAttempt(await campaignAs(payload, member, campaign.id))
      const result = await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number, answers: wrong, rules })
      expect(JSON.stringify(result)).not.toMatch(/correctOptionIds|党章总纲/)
    }
  })

  it('refuses answers for an attempt that is not the member’s open one, and changes nothing', async () => {
    const { campaign, member, colleague, correct, wrong } = await quizSetting()
    await startQuizAttempt(await campaignAs(payload, member, campaign.id))
    await expect(
      submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 2, answers: correct, rules }),
    ).rejects.toMatchObject({
      status: 404,
      message: '找不到您的第 2 次答题。请从答题页面重新开始',
    })
    // The colleague has no attempt 1 of their own: the member's attempt is out of their reach.
    await expect(
      submitQuizAttempt(await campaignAs(payload, colleague, campaign.id), { number: 1, answers: correct, rules }),
    ).rejects.toMatchObject({ status: 404 })
    const { rows } = await pool.query('select submitted_at, answers from quiz_attempts where campaign_id = $1', [campaign.id])
    expect(rows).toEqual([{ submitted_at: null, answers: null }])
    await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: wrong, rules })
    await expect(
      submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number: 1, answers: correct, rules }),
    ).rejects.toMatchObject({
      status: 409,
      message: '第 1 次答题已经交卷，不能再修改答案',
    })
    const after = await pool.query('select score::int as score, passed from quiz_attempts where campaign_id = $1', [campaign.id])
    expect(after.rows).toEqual([{ score: 0, passed: false }])
    expect(await studyPoints(member, 'quiz')).toBe(0)
  })

  it('stops at the attempt limit', async () => {
    const { campaign, member, wrong } = await quizSetting()
    for (const number of [1, 2]) {
      await startQuizAttempt(await campaignAs(payload, member, campaign.id))
      await submitQuizAttempt(await campaignAs(payload, member, campaign.id), { number, answers: wrong, rules })
    }
    await expect(startQuizAttempt(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({
      status: 409,
      message: '答题次数已用完（最多 2 次）',
    })
    expect(await count('quiz_attempts', campaign.id, member.id)).toBe(2)
  })

  it('refuses a quiz when the campaign has none', async () => {
    const { campaign, member } = await setting()
    await expect(startQuizAttempt(await campaignAs(payload, member, campaign.id))).rejects.toMatchObject({ status: 409 })
  })
})

describe('leaderboards', () => {
  async function withPoints(mode: Campaign['leaderboard']) {
    const found = await setting({ leaderboard: mode })
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
    const { campaign: linked, member: stranger } = await setting({ enrolment: 'link' })
    await expect(campaignLeaderboard(await campaignAs(payload, stranger, linked.id))).rejects.toMatchObject({ status: 403 })
  })
})

describe('the member’s campaign page data', () => {
  it('shows the checklist with progress from study tracking, badges and only the member’s own standing', async () => {
    const { campaign, member, article, colleague } = await setting()
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
    const { campaign, member, other } = await setting()
    await saveReflection(await campaignAs(payload, other, campaign.id), { title: '好心得', body: '学'.repeat(30), submit: true })
    await pool.query('update campaign_reflections set featured = true where campaign_id = $1', [campaign.id])
    const view = await buildMemberCampaignView(await requestAs(payload, member), await campaignAs(payload, member, campaign.id))
    expect(view.featured).toEqual([expect.objectContaining({ title: '好心得', name: other.name })])
  })
})

describe('notices', () => {
  it('lists only the member’s own notices and refuses to mark someone else’s read', async () => {
    const { campaign, member, colleague } = await setting()
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
