import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import type { ContestLeaderboard } from '@xuexi/contract/contests/ContestLeaderboard'
import type { ContestReport } from '@xuexi/contract/contests/ContestReport'
import type { Contest, Question } from '@xuexi/contract/payload-types'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCampaignMember, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { createContest, createContestSetting, stackQuery } from '../support/contestStack'

type Setting = Awaited<ReturnType<typeof createContestSetting>>
let adminToken: string
let setting: Setting
let contest: Contest

const statusOf = async (pathname: string, token: string, method = 'GET', body?: unknown) =>
  (
    await fetch(stackUrl(pathname), {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).status
const errorOf = (body: unknown) => (body as { errors?: Array<{ message: string }> }).errors?.[0]?.message
const start = (token: string, id = contest.id) =>
  apiJson<ContestAttemptView>(`/api/contests/${id}/attempts`, { token, method: 'POST', body: {} })
const submit = (token: string, number: number, answers: Record<string, string[]>, id = contest.id) =>
  apiJson<ContestAttemptView>(`/api/contests/${id}/attempts/${number}/submission`, { token, method: 'POST', body: { answers } })
const answer = (token: string, number: number, questionId: number, chosen: string[], id = contest.id) =>
  apiJson(`/api/contests/${id}/attempts/${number}/answers`, { token, method: 'PUT', body: { questionId, chosen } })

/** The correct option ids, read from the bank as the admin (the test knows the key; the member never sees it). */
function keyOf(question: Question): string[] {
  return question.answer?.keys ?? []
}
const rightAnswers = (questions: Question[]) => Object.fromEntries(questions.map((question) => [String(question.id), keyOf(question)]))

// The deadline moves to this moment: after every answer sent so far, before anything sent next.
async function deadlinePassed(memberId: number, contestId: number): Promise<void> {
  await stackQuery(`update contest_attempts set deadline_at = now() where contest_id = $1 and member_id = $2`, [contestId, memberId])
}

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createContestSetting(adminToken, 5)
  contest = await createContest(setting.organizerA, setting.questions)
})

describe('contest scoping', () => {
  it('gives an organizer their own subtree only: branch B’s organizer cannot read, change, run or export branch A’s contest', async () => {
    const { organizerB } = setting
    expect(await statusOf(`/api/contests/${contest.id}`, organizerB.token)).toBe(404)
    expect([403, 404]).toContain(await statusOf(`/api/contests/${contest.id}`, organizerB.token, 'PATCH', { title: '改名' }))
    await statusOf(`/api/contests?where[id][equals]=${contest.id}`, organizerB.token, 'PATCH', { title: '改名' })
    expect([403, 404]).toContain(await statusOf(`/api/contests/${contest.id}`, organizerB.token, 'DELETE'))
    expect(await statusOf(`/api/contests/${contest.id}/report`, organizerB.token)).toBe(404)
    expect(await statusOf(`/api/contests/${contest.id}/exports`, organizerB.token, 'POST', {})).toBe(404)
    expect(await statusOf(`/api/contests/${contest.id}/reminders`, organizerB.token, 'POST', {})).toBe(404)
    const graphql = await fetch(stackUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${organizerB.token}` },
      body: JSON.stringify({ query: `{ Contests(where: { id: { equals: ${contest.id} } }) { docs { id title } } }` }),
    })
    expect(await graphql.text()).not.toContain(contest.title)
    const unchanged = await apiJson<Contest>(`/api/contests/${contest.id}`, { token: adminToken })
    expect(unchanged.body.title).toBe(contest.title)
  })

  it('refuses an organizer a contest in another branch’s name', async () => {
    const refused = await apiJson('/api/contests', {
      token: setting.organizerB.token,
      method: 'POST',
      body: {
        title: '越权竞赛',
        startsAt: contest.startsAt,
        endsAt: contest.endsAt,
        questions: setting.questions.map((question) => question.id),
        organization: setting.branchA.id,
      },
    })
    expect(refused.status).toBe(403)
  })

  it('lets members outside the contest’s subtree neither see nor take it', async () => {
    const outsider = setting.memberB
    expect((await apiJson(`/api/contests/${contest.id}`, { token: outsider.token })).status).toBe(404)
    expect((await apiJson(`/api/contests/${contest.id}/me`, { token: outsider.token })).status).toBe(404)
    const refused = await start(outsider.token)
    expect(refused.status).toBe(404)
    expect(errorOf(refused.body)).toContain('找不到这场知识竞赛')
    expect((await apiJson(`/api/contests/${contest.id}/leaderboard`, { token: outsider.token })).status).toBe(404)
    expect((await start('')).status).toBe(401)
  })

  it('keeps what a member may take per class: another branch, an unpublished contest and a member moved away are refused within seconds', async () => {
    // A setting of its own: the branch counts of the tests below stay as they are.
    const mine = await createContestSetting(adminToken, 2)
    const own = await createContest(mine.organizerA, mine.questions)
    const [insider, mover] = [mine.memberA1, mine.memberA2]
    expect((await start(insider.token, own.id)).status).toBe(201)
    expect((await start(mover.token, own.id)).status).toBe(201)
    // A member of another branch asks right after: the insiders' answer is not theirs.
    expect((await start(mine.memberB.token, own.id)).status).toBe(404)

    await apiJson(`/api/users/${mover.id}`, { token: adminToken, method: 'PATCH', body: { organization: mine.branchB.id } })
    await expect
      .poll(async () => (await apiJson(`/api/contests/${own.id}/attempts/1`, { token: mover.token })).status, { timeout: 10_000 })
      .toBe(404)

    await apiJson(`/api/contests/${own.id}`, { token: adminToken, method: 'PATCH', body: { status: 'draft' } })
    await expect
      .poll(async () => (await apiJson(`/api/contests/${own.id}/attempts/1`, { token: insider.token })).status, { timeout: 10_000 })
      .toBe(404)
    expect((await answer(insider.token, 1, mine.questions[0]?.id as number, ['A'], own.id)).status).toBe(404)
  })

  it('follows the organization tree: members of a branch moved out of the contest’s subtree are refused within seconds', async () => {
    const mine = await createContestSetting(adminToken, 2)
    const own = await createContest(mine.organizerA, mine.questions)
    const team = await apiJson<{ doc: { id: number } }>('/api/organizations', {
      token: adminToken,
      method: 'POST',
      body: { name: `竞赛一支部第一党小组 ${Date.now()}`, parent: mine.branchA.id },
    })
    const member = await createCampaignMember(adminToken, team.body.doc.id)
    // Their lineage (the group, branch A, the committee) is now remembered with the contest.
    expect((await start(member.token, own.id)).status).toBe(201)
    expect((await apiJson(`/api/contests/${own.id}/attempts/1`, { token: member.token })).status).toBe(200)

    await apiJson(`/api/organizations/${team.body.doc.id}`, { token: adminToken, method: 'PATCH', body: { parent: mine.branchB.id } })
    await expect
      .poll(async () => (await apiJson(`/api/contests/${own.id}/attempts/1`, { token: member.token })).status, { timeout: 10_000 })
      .toBe(404)
  })
})

describe('taking a contest', () => {
  it('sends no correct answer or explanation before hand-in, on any path', async () => {
    const { memberA1, questions } = setting
    const paper = await start(memberA1.token)
    expect(paper.status).toBe(201)
    expect(paper.body.questions).toHaveLength(questions.length)
    const secrets = questions.map((question) => String(question.explanation))
    const seen = [
      JSON.stringify(paper.body),
      JSON.stringify((await apiJson(`/api/contests/${contest.id}/attempts/1`, { token: memberA1.token })).body),
      JSON.stringify((await apiJson(`/api/contests/${contest.id}?depth=2`, { token: memberA1.token })).body),
      JSON.stringify((await apiJson(`/api/contests?depth=2&where[id][equals]=${contest.id}`, { token: memberA1.token })).body),
      JSON.stringify((await apiJson(`/api/questions/${questions[0]?.id}`, { token: memberA1.token })).body),
      JSON.stringify((await apiJson(`/api/contests/${contest.id}/me`, { token: memberA1.token })).body),
    ]
    const graphql = await fetch(stackUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${memberA1.token}` },
      body: JSON.stringify({ query: `{ Contest(id: ${contest.id}) { title questions { stem explanation answer { keys } } } }` }),
    })
    seen.push(await graphql.text())
    for (const text of seen) {
      for (const secret of secrets) expect(text).not.toContain(secret)
      expect(text).not.toMatch(/"answer"\s*:\s*\[|"correct"\s*:/)
    }
    expect((await apiJson<Contest>(`/api/contests/${contest.id}`, { token: memberA1.token })).body.questions).toBeUndefined()
  })

  it('shuffles the paper per member and keeps it stable within an attempt', async () => {
    const { memberA1, memberA2 } = setting
    const order = (view: ContestAttemptView) =>
      view.questions.map((question) => `${question.id}:${question.options.map((o) => o.id).join('')}`).join('|')
    const first = await start(memberA1.token)
    const again = await start(memberA1.token)
    const read = await apiJson<ContestAttemptView>(`/api/contests/${contest.id}/attempts/1`, { token: memberA1.token })
    expect(again.body.number).toBe(1)
    expect(order(again.body)).toBe(order(first.body))
    expect(order(read.body)).toBe(order(first.body))
    const other = await start(memberA2.token)
    expect(order(other.body)).not.toBe(order(first.body))
    expect(new Set(other.body.questions.map((question) => question.id))).toEqual(
      new Set(first.body.questions.map((question) => question.id)),
    )
  })

  it('counts only the answers that arrived before the deadline stored at the start', async () => {
    const { questions } = setting
    const late = await createContest(setting.organizerA, questions)
    const member = setting.memberA2
    const paper = await start(member.token, late.id)
    const [first, second] = questions as [Question, Question]
    expect((await answer(member.token, 1, first.id, keyOf(first), late.id)).status).toBe(200)
    await deadlinePassed(member.id, late.id)
    const refused = await answer(member.token, 1, second.id, keyOf(second), late.id)
    expect(refused.status).toBe(409)
    expect(errorOf(refused.body)).toContain('时间已到')
    const result = await submit(member.token, paper.body.number, rightAnswers(questions), late.id)
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({ submitted: true, correctCount: 1, score: Math.round(100 / questions.length) })
    const stored = await stackQuery<{ count: number }>(
      `select count(*)::int as count from contest_answers x join contest_attempts a on a.id = x.attempt_id where a.contest_id = $1`,
      [late.id],
    )
    expect(stored[0]?.count).toBe(1)
  })

  it('scores a hand-in once, also when it is sent twice at the same moment, and then shows the explanations', async () => {
    const { questions } = setting
    const once = await createContest(setting.organizerA, questions)
    const member = setting.memberA1
    const paper = await start(member.token, once.id)
    const [first] = questions as [Question]
    await answer(member.token, 1, first.id, keyOf(first), once.id)
    await answer(member.token, 1, first.id, keyOf(first), once.id)
    const answers = rightAnswers(questions)
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(member.token, paper.body.number, answers, once.id)))
    for (const result of results) expect(result.body).toMatchObject({ submitted: true, score: 100, correctCount: questions.length })
    const [row] = await stackQuery<{ attempts: number; score: number }>(
      'select attempts, score from contest_results where contest_id = $1 and member_id = $2',
      [once.id, member.id],
    )
    expect(row).toEqual({ attempts: 1, score: 100 })
    const [answered] = await stackQuery<{ count: number }>(
      'select count(*)::int as count from contest_answers x join contest_attempts a on a.id = x.attempt_id where a.contest_id = $1',
      [once.id],
    )
    expect(answered?.count).toBe(questions.length)
    const shown = results[0]?.body.questions.find((question) => question.id === first.id)
    expect(shown).toMatchObject({ correct: true, answer: keyOf(first), explanation: first.explanation })
    const used = await start(member.token, once.id)
    expect(used.status).toBe(409)
    expect(errorOf(used.body)).toBe('答题次数已用完（最多 1 次）')
  })

  it('refuses answers to a question that is not on the member’s paper and to another member’s attempt', async () => {
    const stray = await answer(setting.memberA1.token, 1, 999_999, ['A'])
    expect(stray.status).toBe(400)
    const none = await answer(setting.organizerA.token, 7, setting.questions[0]?.id ?? 0, ['A'])
    expect(none.status).toBe(404)
  })
})

describe('ranking, leaderboard and the organizer’s dashboard', () => {
  it('ranks by score, then by time, and shows a hand-in on the leaderboard at once', async () => {
    const { questions, memberA1, memberA2, organizerA } = setting
    const ranked = await createContest(setting.organizerA, questions, { maxAttempts: 2 })
    const takers = [memberA1, memberA2, organizerA]
    for (const taker of takers) await start(taker.token, ranked.id)
    // Fix the start times so the durations differ by whole minutes: memberA1 slowest, organizerA fastest.
    for (const [index, taker] of takers.entries()) {
      await stackQuery(
        `update contest_attempts set started_at = now() - make_interval(mins => $3) where contest_id = $1 and member_id = $2`,
        [ranked.id, taker.id, 10 - index * 3],
      )
    }
    const all = rightAnswers(questions)
    const half = rightAnswers(questions.slice(0, 2))
    await submit(memberA1.token, 1, all, ranked.id)
    await submit(memberA2.token, 1, all, ranked.id)
    await submit(organizerA.token, 1, half, ranked.id)
    const board = await apiJson<ContestLeaderboard>(`/api/contests/${ranked.id}/leaderboard`, { token: memberA1.token })
    expect(board.body.top.map(({ name, me }) => ({ name, me }))).toEqual([
      { name: memberA2.name, me: false },
      { name: memberA1.name, me: true },
      { name: organizerA.name, me: false },
    ])
    expect(board.body.me).toMatchObject({ rank: 2, score: 100 })
    expect(board.body.participants).toBe(3)
    const branch = board.body.branches.find((row) => row.id === setting.branchA.id)
    expect(branch).toMatchObject({ participants: 3, members: 3 })
    // A better second attempt replaces the organizer's result on the next read.
    await start(organizerA.token, ranked.id)
    await submit(organizerA.token, 2, all, ranked.id)
    await expect
      .poll(async () => {
        const leader = (await apiJson<ContestLeaderboard>(`/api/contests/${ranked.id}/leaderboard`, { token: memberA1.token })).body.top[0]
        return leader && { name: leader.name, me: leader.me }
      })
      .toEqual({ name: organizerA.name, me: false })
  })

  it('sends no other member’s id with the leaderboard, neither as JSON nor on the contest page', async () => {
    const { questions, memberA1, memberA2, organizerA } = setting
    const shown = await createContest(organizerA, questions)
    for (const taker of [memberA1, memberA2, organizerA]) {
      await start(taker.token, shown.id)
      await submit(taker.token, 1, rightAnswers(questions), shown.id)
    }
    const board = await apiJson<ContestLeaderboard>(`/api/contests/${shown.id}/leaderboard`, { token: memberA1.token })
    expect(board.body.top).toHaveLength(3)
    for (const row of board.body.top)
      expect(Object.keys(row).sort()).toEqual(['durationSeconds', 'me', 'name', 'organization', 'rank', 'score'])
    expect(JSON.stringify(board.body)).not.toMatch(/member_?id/i)
    const page = await fetchPageAs(`/contests/${shown.id}`, memberA1.token)
    const table = page.html.match(/<table data-leaderboard[\s\S]*?<\/table>/)?.[0] ?? ''
    expect(table).toContain(memberA2.name)
    const attributeValues = [...table.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((match) => match[1] ?? '')
    for (const id of [memberA2.id, organizerA.id]) {
      expect(attributeValues.filter((value) => new RegExp(`\\b${id}\\b`).test(value))).toEqual([])
    }
    expect(page.html).not.toMatch(/member_?id/i)
  })

  it('gives the organizer participation by branch, the hardest questions, who has not taken it, reminders and the Excel export', async () => {
    const { organizerA, organizerB, memberA1, memberA2, questions } = setting
    const dashboard = await createContest(organizerA, questions)
    await start(memberA1.token, dashboard.id)
    const [first] = questions as [Question]
    await submit(memberA1.token, 1, { [String(first.id)]: keyOf(first) }, dashboard.id)
    const report = await apiJson<ContestReport>(`/api/contests/${dashboard.id}/report`, { token: organizerA.token })
    expect(report.status).toBe(200)
    expect(report.body.branches.find((row) => row.id === setting.branchA.id)).toMatchObject({ members: 3, participants: 1 })
    expect(report.body.branches.some((row) => row.id === setting.branchB.id)).toBe(false)
    expect(report.body.hardestQuestions[0]).toMatchObject({ correct: 0, shown: 1, correctRate: 0 })
    expect(report.body.hardestQuestions.at(-1)).toMatchObject({ questionId: first.id, correctRate: 1 })
    expect(report.body.notTaken.members.map((member) => member.memberId).sort()).toEqual([memberA2.id, organizerA.id].sort())

    const reminded = await apiJson<{ sent: number }>(`/api/contests/${dashboard.id}/reminders`, {
      token: organizerA.token,
      method: 'POST',
      body: {},
    })
    expect(reminded).toMatchObject({ status: 201, body: { sent: 2 } })
    const notices = await apiJson<{ docs: Array<{ title: string; link: string }> }>('/api/notices/mine', { token: memberA2.token })
    expect(notices.body.docs.some((notice) => notice.link === `/contests/${dashboard.id}` && notice.title.includes(dashboard.title))).toBe(
      true,
    )
    const repeated = await apiJson(`/api/contests/${dashboard.id}/reminders`, { token: organizerA.token, method: 'POST', body: {} })
    expect(repeated.status).toBe(409)

    const queued = await apiJson<{ jobId: number }>(`/api/contests/${dashboard.id}/exports`, {
      token: organizerA.token,
      method: 'POST',
      body: {},
    })
    expect(queued.status).toBe(202)
    const statusUrl = `/api/contests/${dashboard.id}/exports/${queued.body.jobId}`
    await expect.poll(async () => (await apiJson<{ status: string }>(statusUrl, { token: organizerA.token })).body.status).toBe('done')
    expect((await apiJson(statusUrl, { token: organizerB.token })).status).toBe(404)
    const download = await fetch(stackUrl(`${statusUrl}/file`), { headers: { authorization: `JWT ${organizerA.token}` } })
    expect(download.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await download.arrayBuffer())
    const ranking = workbook.getWorksheet('成绩排名')
    expect(ranking?.getRow(2).getCell(2).value).toBe(memberA1.name)
    expect(ranking?.getRow(2).getCell(4).value).toBe(Math.round(100 / questions.length))
    expect(ranking?.rowCount).toBe(2)
    const missing = workbook.getWorksheet('未参加')
    expect(missing?.rowCount).toBe(3)
  })
})

// Last: its members join branch A, whose member counts the dashboard tests above check.
describe('a branch starting at once', () => {
  it('starts every member exactly once, also when each taps 开始答题 twice at the same moment', async () => {
    const members = await Promise.all(Array.from({ length: 8 }, () => createCampaignMember(adminToken, setting.branchA.id)))
    const burst = await createContest(setting.organizerA, setting.questions)
    const starts = await Promise.all(members.flatMap((member) => [start(member.token, burst.id), start(member.token, burst.id)]))
    expect(starts.map((answer) => answer.status)).toEqual(starts.map(() => 201))
    for (let index = 0; index < members.length; index += 1) {
      const [first, second] = [starts[2 * index]?.body, starts[2 * index + 1]?.body]
      expect(first?.number).toBe(1)
      expect(second?.questions.map((question) => question.id)).toEqual(first?.questions.map((question) => question.id))
    }
    const attempts = await stackQuery<{ member: number; attempts: number }>(
      `select member_id as member, count(*)::int as attempts from contest_attempts where contest_id = $1 group by member_id`,
      [burst.id],
    )
    expect(attempts.map((row) => row.attempts)).toEqual(members.map(() => 1))
  })
})
