import { beforeAll, describe, expect, it } from 'vitest'
import { contestStrings } from '../../site/src/i18n/contestStrings'
import { createCampaignMember, fetchPageAs } from '../support/campaignStack'
import { loginToken, stackUrl } from '../support/cmsApi'
import { type ContestSetting, createContest, createContestSetting, stackQuery, startAttempt, submitAttempt } from '../support/contestStack'

let adminToken: string
let setting: ContestSetting

beforeAll(async () => {
  adminToken = await loginToken()
  setting = await createContestSetting(adminToken, 3)
})

describe('a member’s contest page', () => {
  it('renders in every state of the member’s attempts: none yet, in progress, timed out, handed in, all used; before, during and after the contest', async () => {
    const { organizerA, questions } = setting
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    const contest = await createContest(organizerA, questions, { maxAttempts: 2 })
    const page = async () => {
      const { status, html } = await fetchPageAs(`/contests/${contest.id}`, member.token)
      return { status, empty: html.includes(contestStrings['contests.leaderboard.empty']), ranked: html.includes('data-leaderboard') }
    }
    const seen: Record<string, Awaited<ReturnType<typeof page>>> = { none: await page() }
    await startAttempt(member.token, contest.id)
    seen.inProgress = await page()
    await stackQuery(`update contest_attempts set deadline_at = now() - interval '1 minute' where contest_id = $1 and member_id = $2`, [
      contest.id,
      member.id,
    ])
    seen.timedOut = await page()
    await startAttempt(member.token, contest.id)
    await submitAttempt(member.token, contest.id, 2, {})
    seen.handedInAllUsed = await page()
    expect(seen).toEqual({
      none: { status: 200, empty: true, ranked: false },
      inProgress: { status: 200, empty: true, ranked: false },
      timedOut: { status: 200, empty: false, ranked: true },
      handedInAllUsed: { status: 200, empty: false, ranked: true },
    })
    const upcoming = await createContest(organizerA, questions, { startsAt: new Date(Date.now() + 3_600_000).toISOString() })
    const ended = await createContest(organizerA, questions, { endsAt: new Date(Date.now() - 60_000).toISOString() })
    for (const other of [upcoming, ended]) expect((await fetchPageAs(`/contests/${other.id}`, member.token)).status).toBe(200)
  })

  it('shows the rest of the page with a notice when the leaderboard cannot be read', async () => {
    const { organizerA, memberA2, branchA, questions } = setting
    const member = await createCampaignMember(adminToken, branchA.id)
    const contest = await createContest(organizerA, questions)
    // Scores no hand-in can reach make the branches' sum overflow: the leaderboard's query fails, the contest view's does not.
    for (const other of [memberA2, organizerA])
      await stackQuery(
        `insert into contest_results (contest_id, member_id, organization_id, score, duration_ms, attempt_number, submitted_at, passed, attempts)
         values ($1, $2, $3, 2000000000, 1000, 1, now(), true, 1)`,
        [contest.id, other.id, branchA.id],
      )
    const { status, html } = await fetchPageAs(`/contests/${contest.id}`, member.token)
    expect(status).toBe(200)
    expect(html).toContain(contestStrings['contests.leaderboard.unavailable'])
    expect(html).toContain(contestStrings['contests.start'])
  })

  it('sends a member whose session ends while the page renders to sign in again, never a 500', async () => {
    // `npm run fuzz` signed its member out while the page was rendering: the contest view was read
    // with the session, the leaderboard was refused (401) and the page answered 500.
    const { organizerA, questions } = setting
    const member = await createCampaignMember(adminToken, setting.branchA.id)
    const contest = await createContest(organizerA, questions)
    const statuses: number[] = []
    const render = async () => {
      for (;;) {
        const { status } = await fetchPageAs(`/contests/${contest.id}`, member.token)
        statuses.push(status)
        if (status !== 200) return
      }
    }
    const renders = Array.from({ length: 12 }, render)
    await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(16)
    const signOut = await fetch(stackUrl('/api/users/logout'), { method: 'POST', headers: { cookie: `payload-token=${member.token}` } })
    expect(signOut.status).toBe(200)
    await Promise.all(renders)
    expect(statuses.filter((status) => status !== 200 && status !== 302)).toEqual([])
    const after = await fetch(stackUrl(`/contests/${contest.id}`), {
      headers: { cookie: `payload-token=${member.token}` },
      redirect: 'manual',
    })
    expect(after.status).toBe(302)
    expect(after.headers.get('location')).toMatch(/^\/login\?next=/)
  })
})
