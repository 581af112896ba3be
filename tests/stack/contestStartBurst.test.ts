import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import type { Contest } from '@xuexi/contract/payload-types'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { insertMembers } from '../../scripts/bench/contestMembers'
import { type CampaignMember, createCampaignMember } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { cmsStatements } from '../support/cmsStatements'
import { type ContestSetting, createContest, createContestSetting, stackQuery, startAttempt } from '../support/contestStack'
import { uniqueId } from '../support/factories'
import { testSecret } from '../support/testSecret'

// 2,000 members start a contest within seconds (docs/benchmarks.md, bench:contest): each one's first
// request on the tracking server confirms their session with one statement (cms/src/auth/confirmSession.ts)
// rather than Payload's user read with its sessions, and what they may take is kept per class.
let adminToken: string
let setting: ContestSetting
let contest: Contest

const start = (token: string, via: 'header' | 'cookie' = 'header') =>
  fetch(stackUrl(`/api/contests/${contest.id}/attempts`), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(via === 'header' ? { authorization: `JWT ${token}` } : { cookie: `payload-token=${token}` }),
    },
    body: '{}',
  })
const startStatus = async (token: string, via: 'header' | 'cookie' = 'header') => {
  const response = await start(token, via)
  await response.arrayBuffer()
  return response.status
}
// One after another: sign-in throttling counts parallel sign-ins from one address as failures until each succeeds.
async function members(count: number, organization = setting.branchA.id): Promise<CampaignMember[]> {
  const created: CampaignMember[] = []
  for (let index = 0; index < count; index++) created.push(await createCampaignMember(adminToken, organization))
  return created
}
// Many members of branch A at once, each with a session signed as Payload's sign-in signs it (as bench:contest adds them).
let database: pg.Pool
async function signedInMembers(count: number): Promise<Array<{ id: number; token: string }>> {
  const added = await insertMembers(database, { count, branches: [setting.branchA.id], label: uniqueId(), secret: testSecret })
  return added.map(({ id, cookie }) => ({ id, token: cookie.slice('payload-token='.length) }))
}

beforeAll(async () => {
  database = new pg.Pool({ connectionString: inject('stackDatabaseUrl'), max: 2 })
  adminToken = await loginToken()
  setting = await createContestSetting(adminToken, 4)
  contest = await createContest(setting.organizerA, setting.questions)
  // The branch's class has asked once: what a member of it may take is kept from here on.
  expect(await startStatus(setting.memberA1.token)).toBe(201)
})

afterAll(async () => {
  await database.end()
})

describe('a contest’s start burst', () => {
  it('costs a member’s first start two statements: one confirms their session, one stores the attempt', async () => {
    const fresh = await signedInMembers(10)
    const before = await cmsStatements()
    for (const member of fresh) expect(await startStatus(member.token)).toBe(201)
    // Measured 2.3 (6.3 with Payload's auth strategies and a separate look for an earlier attempt); the
    // scrape that reads the count after adds one statement of its own, and background work a few.
    const perStart = ((await cmsStatements()) - before - 1) / fresh.length
    expect(perStart, 'the CMS counts its statements').toBeGreaterThan(0)
    expect(perStart).toBeLessThanOrEqual(3)
  })

  it('gives each of 50 members starting at once exactly one attempt, also when each taps twice', async () => {
    const burst = await signedInMembers(50)
    const answers = await Promise.all(burst.flatMap((member) => [start(member.token), start(member.token, 'cookie')]))
    const papers = await Promise.all(
      answers.map(async (answer) => ({ status: answer.status, body: (await answer.json()) as ContestAttemptView })),
    )
    expect(papers.map((paper) => paper.status)).toEqual(papers.map(() => 201))
    expect(papers.every((paper) => paper.body.number === 1 && paper.body.questions.length === setting.questions.length)).toBe(true)
    const rows = await stackQuery<{ member_id: number; attempts: number }>(
      `select member_id, count(*)::int as attempts from contest_attempts where contest_id = $1 and member_id = any($2::int[]) group by member_id`,
      [contest.id, burst.map((member) => member.id)],
    )
    expect(rows).toHaveLength(burst.length)
    expect(rows.every((row) => row.attempts === 1)).toBe(true)
  })
})

describe('revocation on the tracking server’s session confirmation', () => {
  const refusedSoon = (token: string, via: 'header' | 'cookie', refusal: number) =>
    expect.poll(() => startStatus(token, via), { timeout: 10_000 }).toBe(refusal)

  it.each(['header', 'cookie'] as const)('refuses a signed-out member’s next start (session in the %s)', async (via) => {
    const [member] = (await members(1)) as [CampaignMember]
    expect(await startStatus(member.token, via)).toBe(201)
    expect((await apiJson('/api/users/logout', { token: member.token, method: 'POST' })).status).toBe(200)
    await refusedSoon(member.token, via, 401)
  })

  it('refuses the other sessions of a member who changed their password, and keeps the one that changed it', async () => {
    const [member] = (await members(1)) as [CampaignMember]
    const other = await loginToken(member)
    expect(await startStatus(member.token)).toBe(201)
    expect(await startStatus(other)).toBe(201)
    const changed = await apiJson(`/api/users/${member.id}`, { token: other, method: 'PATCH', body: { password: 'a-new-horse-battery' } })
    expect(changed.status).toBe(200)
    await refusedSoon(member.token, 'header', 401)
    expect(await startStatus(other)).toBe(201)
  })

  it('refuses every session of a member whose password an administrator reset', async () => {
    const [member] = (await members(1)) as [CampaignMember]
    expect(await startStatus(member.token, 'cookie')).toBe(201)
    const reset = await apiJson(`/api/users/${member.id}`, { token: adminToken, method: 'PATCH', body: { password: 'reset-by-the-admin' } })
    expect(reset.status).toBe(200)
    await refusedSoon(member.token, 'cookie', 401)
  })

  it('refuses a member moved to a branch outside the contest, and takes a member moved into it', async () => {
    const [mover] = (await members(1)) as [CampaignMember]
    const [newcomer] = (await members(1, setting.branchB.id)) as [CampaignMember]
    const other = await createContest(setting.organizerA, setting.questions)
    const startOther = async (token: string) => (await startAttempt(token, other.id)).status
    expect(await startOther(mover.token)).toBe(201)
    expect(await startOther(newcomer.token)).toBe(404)
    await apiJson(`/api/users/${mover.id}`, { token: adminToken, method: 'PATCH', body: { organization: setting.branchB.id } })
    await apiJson(`/api/users/${newcomer.id}`, { token: adminToken, method: 'PATCH', body: { organization: setting.branchA.id } })
    await expect.poll(() => startOther(mover.token), { timeout: 10_000 }).toBe(404)
    await expect.poll(() => startOther(newcomer.token), { timeout: 10_000 }).toBe(201)
  })

  it('refuses a deleted member’s next start', async () => {
    const [gone] = (await members(1)) as [CampaignMember]
    expect(await startStatus(gone.token)).toBe(201)
    expect((await apiJson(`/api/users/${gone.id}`, { token: adminToken, method: 'DELETE' })).status).toBe(200)
    await refusedSoon(gone.token, 'header', 401)
  })

  it('refuses a forged, expired or foreign token without a statement', async () => {
    const [header, claims] = setting.memberA2.token.split('.')
    const forged = `${header}.${claims}.${'A'.repeat(43)}`
    const before = await cmsStatements()
    for (const token of [forged, 'not-a-token', `${header}.${claims}`]) expect(await startStatus(token)).toBe(401)
    expect((await cmsStatements()) - before - 1).toBeLessThanOrEqual(1)
  })
})
