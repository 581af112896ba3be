import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import type { Contest, Question } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCampaignMember } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import {
  answerKey,
  answerQuestion,
  type ContestSetting,
  createContest,
  createContestSetting,
  rightAnswers,
  stackQuery,
  startAttempt,
  submitAttempt,
} from '../support/contestStack'

let adminToken: string
let setting: ContestSetting
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
    const refused = await startAttempt(outsider.token, contest.id)
    expect(refused.status).toBe(404)
    expect(errorOf(refused.body)).toContain('找不到这场知识竞赛')
    expect((await apiJson(`/api/contests/${contest.id}/leaderboard`, { token: outsider.token })).status).toBe(404)
    expect((await startAttempt('', contest.id)).status).toBe(401)
  })

  it('keeps what a member may take per class: another branch, an unpublished contest and a member moved away are refused within seconds', async () => {
    // A setting of its own: the branch counts of the tests below stay as they are.
    const mine = await createContestSetting(adminToken, 2)
    const own = await createContest(mine.organizerA, mine.questions)
    const [insider, mover] = [mine.memberA1, mine.memberA2]
    expect((await startAttempt(insider.token, own.id)).status).toBe(201)
    expect((await startAttempt(mover.token, own.id)).status).toBe(201)
    // A member of another branch asks right after: the insiders' answer is not theirs.
    expect((await startAttempt(mine.memberB.token, own.id)).status).toBe(404)

    await apiJson(`/api/users/${mover.id}`, { token: adminToken, method: 'PATCH', body: { organization: mine.branchB.id } })
    await expect
      .poll(async () => (await apiJson(`/api/contests/${own.id}/attempts/1`, { token: mover.token })).status, { timeout: 10_000 })
      .toBe(404)

    await apiJson(`/api/contests/${own.id}`, { token: adminToken, method: 'PATCH', body: { status: 'draft' } })
    await expect
      .poll(async () => (await apiJson(`/api/contests/${own.id}/attempts/1`, { token: insider.token })).status, { timeout: 10_000 })
      .toBe(404)
    expect((await answerQuestion(insider.token, own.id, 1, mine.questions[0]?.id as number, ['A'])).status).toBe(404)
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
    expect((await startAttempt(member.token, own.id)).status).toBe(201)
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
    const paper = await startAttempt(memberA1.token, contest.id)
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
    const first = await startAttempt(memberA1.token, contest.id)
    const again = await startAttempt(memberA1.token, contest.id)
    const read = await apiJson<ContestAttemptView>(`/api/contests/${contest.id}/attempts/1`, { token: memberA1.token })
    expect(again.body.number).toBe(1)
    expect(order(again.body)).toBe(order(first.body))
    expect(order(read.body)).toBe(order(first.body))
    const other = await startAttempt(memberA2.token, contest.id)
    expect(order(other.body)).not.toBe(order(first.body))
    expect(new Set(other.body.questions.map((question) => question.id))).toEqual(
      new Set(first.body.questions.map((question) => question.id)),
    )
  })

  it('counts only the answers that arrived before the deadline stored at the start', async () => {
    const { questions } = setting
    const late = await createContest(setting.organizerA, questions)
    const member = setting.memberA2
    const paper = await startAttempt(member.token, late.id)
    const [first, second] = questions as [Question, Question]
    expect((await answerQuestion(member.token, late.id, 1, first.id, answerKey(first))).status).toBe(200)
    await deadlinePassed(member.id, late.id)
    const refused = await answerQuestion(member.token, late.id, 1, second.id, answerKey(second))
    expect(refused.status).toBe(409)
    expect(errorOf(refused.body)).toContain('时间已到')
    const result = await submitAttempt(member.token, late.id, paper.body.number, rightAnswers(questions))
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
    const paper = await startAttempt(member.token, once.id)
    const [first] = questions as [Question]
    await answerQuestion(member.token, once.id, 1, first.id, answerKey(first))
    await answerQuestion(member.token, once.id, 1, first.id, answerKey(first))
    const answers = rightAnswers(questions)
    const results = await Promise.all(Array.from({ length: 6 }, () => submitAttempt(member.token, once.id, paper.body.number, answers)))
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
    expect(shown).toMatchObject({ correct: true, answer: answerKey(first), explanation: first.explanation })
    const used = await startAttempt(member.token, once.id)
    expect(used.status).toBe(409)
    expect(errorOf(used.body)).toBe('答题次数已用完（最多 1 次）')
  })

  it('refuses answers to a question that is not on the member’s paper and to another member’s attempt', async () => {
    const stray = await answerQuestion(setting.memberA1.token, contest.id, 1, 999_999, ['A'])
    expect(stray.status).toBe(400)
    const none = await answerQuestion(setting.organizerA.token, contest.id, 7, setting.questions[0]?.id ?? 0, ['A'])
    expect(none.status).toBe(404)
  })
})
