import type { ContestLeaderboard } from '@xuexi/contract/contests/ContestLeaderboard'
import type { ContestReport } from '@xuexi/contract/contests/ContestReport'
import type { Question } from '@xuexi/contract/payload-types'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCampaignMember, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import {
  answerKey,
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

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createContestSetting(adminToken, 5)
})

describe('ranking, leaderboard and the organizer’s dashboard', () => {
  it('ranks by score, then by time, and shows a hand-in on the leaderboard at once', async () => {
    const { questions, memberA1, memberA2, organizerA } = setting
    const ranked = await createContest(setting.organizerA, questions, { maxAttempts: 2 })
    const takers = [memberA1, memberA2, organizerA]
    for (const taker of takers) await startAttempt(taker.token, ranked.id)
    // Fix the start times so the durations differ by whole minutes: memberA1 slowest, organizerA fastest.
    for (const [index, taker] of takers.entries()) {
      await stackQuery(
        `update contest_attempts set started_at = now() - make_interval(mins => $3) where contest_id = $1 and member_id = $2`,
        [ranked.id, taker.id, 10 - index * 3],
      )
    }
    const all = rightAnswers(questions)
    const half = rightAnswers(questions.slice(0, 2))
    await submitAttempt(memberA1.token, ranked.id, 1, all)
    await submitAttempt(memberA2.token, ranked.id, 1, all)
    await submitAttempt(organizerA.token, ranked.id, 1, half)
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
    await startAttempt(organizerA.token, ranked.id)
    await submitAttempt(organizerA.token, ranked.id, 2, all)
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
      await startAttempt(taker.token, shown.id)
      await submitAttempt(taker.token, shown.id, 1, rightAnswers(questions))
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
    await startAttempt(memberA1.token, dashboard.id)
    const [first] = questions as [Question]
    await submitAttempt(memberA1.token, dashboard.id, 1, { [String(first.id)]: answerKey(first) })
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
    const starts = await Promise.all(
      members.flatMap((member) => [startAttempt(member.token, burst.id), startAttempt(member.token, burst.id)]),
    )
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
