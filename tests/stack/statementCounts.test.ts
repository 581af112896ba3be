import type { Campaign } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CampaignMember, createCampaignMember, createCampaignSetting, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { cmsStatements as statements } from '../support/cmsStatements'
import { buildCampaign } from '../support/factories'

// Statements the CMS's pool sends (xuexi_db_statements_total counts each one, Payload's and ours), per
// page, averaged over a run of requests: the session confirmation every few seconds is part of it, and
// a scrape adds its own one statement (the job-queue gauge), subtracted here. The bounds are the measured
// costs with a little room (2026-12-06, issue 17: 我的学习 33 → 9, a campaign page 32 → 19, since their
// own reads go to the tracking server and the daily-quiz card is one statement asked by the browser; a
// session confirmation 10 → 1; a member's home 16 → 0 and article page 6 → 0, served from their class's
// copy; the organizer home 24 since it lists contests; a member's repeated 我的学习 and campaign page
// 9 and 19 → 0, kept for them and dropped by member change notices). What a render of 我的学习 or a
// campaign page costs is measured with a `page` parameter they ignore: pages with a query are never
// kept for a member, so each of those requests renders afresh.
const requests = 10
const runs = 3
const perScrape = 1

let adminToken: string
let member: CampaignMember
let busyMember: CampaignMember
let organizer: CampaignMember
let campaign: Campaign
let articlePath: string
let branchA: number

/** Which copy answered the page (`x-portal-cache`: the class's or the member's own), or null when it was rendered. */
async function servedFrom(pathname: string, token: string): Promise<string | null> {
  const response = await fetch(stackUrl(pathname), { headers: { cookie: `payload-token=${token}` }, redirect: 'manual' })
  await response.arrayBuffer()
  return response.headers.get('x-portal-cache')
}

/**
 * The statements `requests` requests of the page cost after a first one; `rendered` makes each a fresh
 * render (a `page` parameter the page ignores, so no kept copy answers it), `kept` waits until a kept
 * copy answers the page first. The fewest of `runs` runs: what comes with time rather than with the page
 * (the job queue's poll) adds to a run's count, never takes away, and lands in more runs the slower a
 * loaded machine answers.
 */
async function statementsPerPage(pathname: string, token: string, { rendered = false, kept = false } = {}): Promise<number> {
  const url = (request: number) => (rendered ? `${pathname}?page=${request + 1}` : pathname)
  expect((await fetchPageAs(url(requests), token)).status).toBe(200)
  if (kept) await expect.poll(() => servedFrom(pathname, token)).toMatch(/hit$/)
  let fewest = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run += 1) {
    const before = await statements()
    for (let request = 0; request < requests; request += 1) await fetchPageAs(url(request), token)
    fewest = Math.min(fewest, (await statements()) - before - perScrape)
  }
  return fewest
}

async function join(who: CampaignMember, id: number): Promise<void> {
  const { status } = await apiJson(`/api/campaigns/${id}/enrolment`, { token: who.token, method: 'POST', body: {} })
  expect(status).toBe(200)
}

beforeAll(async () => {
  adminToken = await loginToken()
  const setting = await createCampaignSetting(adminToken, { enrolment: 'link' })
  campaign = setting.campaign
  articlePath = `/articles/${setting.article.slug}`
  branchA = setting.branchA.id
  ;[member, busyMember, organizer] = await Promise.all([
    createCampaignMember(adminToken, setting.branchA.id),
    createCampaignMember(adminToken, setting.branchA.id),
    createCampaignMember(adminToken, setting.committee.id, 'organizer'),
  ])
  await join(member, campaign.id)
  await join(busyMember, campaign.id)
  for (let more = 0; more < 4; more += 1) {
    const { body } = await apiJson<{ doc: Campaign }>('/api/campaigns', {
      token: adminToken,
      method: 'POST',
      body: buildCampaign([setting.branchA.id], [{ collection: 'articles', id: setting.article.id }], { enrolment: 'link' }),
    })
    await join(busyMember, body.doc.id)
  }
})

describe('statements per signed-in page', () => {
  it('reads 我的学习 with a small, bounded number of statements', async () => {
    const perPage = (await statementsPerPage('/me', member.token, { rendered: true })) / requests
    expect(perPage, 'the CMS counts its statements').toBeGreaterThan(0)
    expect(perPage).toBeLessThanOrEqual(11)
  })

  it('costs a member in five campaigns at most one statement more per campaign on 我的学习 than a member in one', async () => {
    const one = await statementsPerPage('/me', member.token, { rendered: true })
    const five = await statementsPerPage('/me', busyMember.token, { rendered: true })
    expect(five / requests).toBeLessThanOrEqual(one / requests + 4)
  })

  it('reads a campaign page with a small, bounded number of statements', async () => {
    expect((await statementsPerPage(`/campaigns/${campaign.slug}`, member.token, { rendered: true })) / requests).toBeLessThanOrEqual(21)
  })

  it.each(['我的学习', 'the campaign page'])(
    'serves a member’s repeated %s from their kept copy, with no statement but the session confirmation',
    async (page) => {
      const pathname = page === '我的学习' ? '/me' : `/campaigns/${campaign.slug}`
      expect((await statementsPerPage(pathname, member.token, { kept: true })) / requests).toBeLessThanOrEqual(0.5)
    },
  )

  it('reads the organizer pages with a small, bounded number of statements', async () => {
    expect((await statementsPerPage('/organize', organizer.token)) / requests).toBeLessThanOrEqual(27)
    expect((await statementsPerPage(`/organize/campaigns/${campaign.id}`, organizer.token)) / requests).toBeLessThanOrEqual(30)
  })
})

describe('statements per signed-in member on pages their class shares', () => {
  it('confirms a session with one statement', async () => {
    const members = await Promise.all(Array.from({ length: 5 }, () => createCampaignMember(adminToken, branchA)))
    expect((await fetchPageAs('/articles', member.token)).status).toBe(200)
    const before = await statements()
    for (const fresh of members) expect((await fetchPageAs('/articles', fresh.token)).status).toBe(200)
    const counted = (await statements()) - before - perScrape
    expect(counted, 'the CMS counts its statements').toBeGreaterThanOrEqual(members.length)
    expect(counted).toBeLessThanOrEqual(members.length + 1)
  })

  it.each(['/', 'the article page'])('serves %s from the class copy, with no statement but the session confirmation', async (page) => {
    const pathname = page === '/' ? '/' : articlePath
    expect((await statementsPerPage(pathname, member.token, { kept: true })) / requests).toBeLessThanOrEqual(0.5)
  })
})
