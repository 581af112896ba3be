import { studyDay } from '@xuexi/contract/chinaTime'
import type { User } from '@xuexi/contract/payload-types'
import ExcelJS from 'exceljs'
import type { Payload, PayloadRequest } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { organizerCampaignEndpoints } from '../../cms/src/campaigns/endpoints/organizerCampaignEndpoints'
import { checkIn } from '../../cms/src/campaigns/member/checkIn'
import { campaignExportDownload, campaignExportStatus, queueCampaignExport } from '../../cms/src/campaigns/organizer/campaignExportJobs'
import { campaignReport } from '../../cms/src/campaigns/organizer/campaignReport'
import { loadOrganizedCampaign } from '../../cms/src/campaigns/organizer/loadOrganizedCampaign'
import { sendCampaignReminder } from '../../cms/src/campaigns/organizer/sendCampaignReminder'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { defaultPointsRules } from '../../cms/src/tracking/pointsRules'
import { campaignAs, requestAs } from '../support/campaignMember'
import { buildArticle, buildCampaign, createOrganization, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

const completeItem = (member: User, article: { id: number }) =>
  pool.query(
    `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at)
     values ($1, 'articles', $2, 300, 100, now(), now())`,
    [member.id, article.id],
  )

/**
 * 党委 → 党总支 → 第一支部 (a1 done, a2 halfway, organizerA not started) and 第二支部 (b1: only a
 * reflection, awaiting review); organizerRoot (not started) sits at the 党委. Done = both articles and one check-in.
 */
async function setting() {
  const committee = await createOrganization(payload, '统计党委')
  const general = await createOrganization(payload, '统计党总支', committee.id)
  const branchA = await createOrganization(payload, '统计第一支部', general.id)
  const branchB = await createOrganization(payload, '统计第二支部', general.id)
  const a1 = await createUser(payload, 'member', { organization: branchA.id })
  const a2 = await createUser(payload, 'member', { organization: branchA.id })
  const b1 = await createUser(payload, 'member', { organization: branchB.id })
  const organizerA = await createUser(payload, 'organizer', { organization: branchA.id })
  const organizerRoot = await createUser(payload, 'organizer', { organization: committee.id })
  const strangerOrganizer = await createUser(payload, 'organizer', { organization: (await createOrganization(payload, '其他党委')).id })
  const articles = await Promise.all(
    [1, 2].map(() => payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) })),
  )
  const campaign = await payload.create({
    collection: 'campaigns',
    data: buildCampaign(
      [committee.id],
      articles.map((article) => ({ collection: 'articles' as const, id: article.id })),
      { rules: { checkInDays: 1, reflectionRequired: false, reflectionMinLength: 20 } },
    ),
  })
  await completeItem(a1, articles[0] as { id: number })
  await completeItem(a1, articles[1] as { id: number })
  await completeItem(a2, articles[0] as { id: number })
  await checkIn(await campaignAs(payload, a1, campaign.id), { rules: defaultPointsRules })
  await pool.query(`insert into study_daily (user_id, day, kind, seconds, points) values ($1, $2, 'article', 600, 0)`, [
    a1.id,
    studyDay(new Date()),
  ])
  await pool.query(
    `insert into campaign_reflections (campaign_id, member_id, organization_id, body, status, submitted_at)
     values ($1, $2, $3, '认真学习了原著，体会很深。', 'submitted', now())`,
    [campaign.id, b1.id, branchB.id],
  )
  return { committee, general, branchA, branchB, a1, a2, b1, organizerA, organizerRoot, strangerOrganizer, articles, campaign }
}

const organizedAs = async (user: User, campaignId: number) => loadOrganizedCampaign(await requestAs(payload, user), campaignId)

/** Calls an organizer endpoint as the user would over HTTP (route params, JSON body). */
async function callEndpoint(user: User, path: string, method: 'get' | 'post', routeParams: Record<string, unknown>, body?: unknown) {
  const endpoint = organizerCampaignEndpoints.find((candidate) => candidate.path === path && candidate.method === method)
  if (!endpoint) throw new Error(`no endpoint ${method} ${path}`)
  const req = Object.assign(await requestAs(payload, user), {
    routeParams,
    headers: new Headers(),
    text: async () => (body === undefined ? '' : JSON.stringify(body)),
  }) as PayloadRequest
  return (endpoint.handler as (req: PayloadRequest) => Promise<Response>)(req)
}

const noticeCount = async (campaignId: number) =>
  Number((await pool.query('select count(*) from notices where campaign_id = $1', [campaignId])).rows[0].count)

describe('the campaign dashboard report', () => {
  it('counts enrolment, participation and completion per branch and rolls them up the tree', async () => {
    const { campaign, organizerRoot, branchA, branchB, general, committee, articles, a1 } = await setting()
    const report = await campaignReport(await organizedAs(organizerRoot, campaign.id))
    expect(report.totals).toMatchObject({
      targetMembers: 5,
      enrolled: 5,
      started: 3,
      completed: 1,
      participationRate: 0.6,
      completionRate: 0.2,
    })
    expect(report.branches.map((branch) => [branch.id, branch.depth, branch.enrolled, branch.started, branch.completed])).toEqual([
      [committee.id, 0, 5, 3, 1],
      [general.id, 1, 4, 3, 1],
      [branchA.id, 2, 3, 2, 1],
      [branchB.id, 2, 1, 1, 0],
    ])
    expect(report.branches[2]).toMatchObject({ participationRate: 0.667, completionRate: 0.333, enrolmentRate: 1 })
    expect(report.items.map((item) => [item.title, item.met])).toEqual([
      [articles[0]?.title, 2],
      [articles[1]?.title, 1],
    ])
    const today = report.daily.at(-1)
    expect(today).toEqual({ day: studyDay(new Date()), activeReaders: 1, completions: 1 })
    expect(report.daily).toHaveLength(8)
    expect(report.top[0]).toMatchObject({ memberId: a1.id, itemsMet: 2 })
    expect(report.notStarted.total).toBe(2)
    expect(report.reflectionsToReview).toBe(1)
  })

  it('shows a branch organizer only their branch: no other branch’s members, figures or reflections', async () => {
    const { campaign, organizerA, branchA, b1 } = await setting()
    const report = await campaignReport(await organizedAs(organizerA, campaign.id))
    expect(report.branches.map((branch) => [branch.id, branch.depth, branch.enrolled])).toEqual([[branchA.id, 0, 3]])
    expect(report.totals).toMatchObject({ enrolled: 3, started: 2, completed: 1 })
    expect(report.notStarted.members.map((member) => member.memberId)).not.toContain(b1.id)
    expect(JSON.stringify(report)).not.toContain(b1.name)
    expect(report.reflectionsToReview).toBe(0)
  })

  it('refuses members (403) and organizers of unrelated organizations (404) with a Chinese message', async () => {
    const { campaign, a1, strangerOrganizer } = await setting()
    await expect(organizedAs(a1, campaign.id)).rejects.toMatchObject({ status: 403, message: expect.stringContaining('组织员') })
    await expect(callEndpoint(strangerOrganizer, '/:id/report', 'get', { id: campaign.id })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('找不到'),
    })
  })
})

describe('reminders', () => {
  it('notifies the not-started members in the sender’s reach, in one go, and refuses the same reminder within the hour', async () => {
    const { campaign, organizerRoot, organizerA } = await setting()
    const response = await callEndpoint(organizerRoot, '/:id/reminders', 'post', { id: campaign.id }, { audience: 'notStarted' })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ sent: 2 })
    const { rows } = await pool.query('select member_id, title, link from notices where campaign_id = $1 order by member_id', [campaign.id])
    expect(rows.map((row) => row.member_id)).toEqual([organizerA.id, organizerRoot.id].sort((a, b) => a - b))
    expect(rows[0].title).toContain('还没有开始学习')
    expect(rows[0].link).toBe(`/campaigns/${campaign.slug}`)
    await expect(
      callEndpoint(organizerRoot, '/:id/reminders', 'post', { id: campaign.id }, { audience: 'notStarted' }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining('一小时内') })
    // Another organizer, scoped to their own branch, reaches only themselves among the not-started.
    await expect(sendCampaignReminder(await organizedAs(organizerA, campaign.id), { audience: 'notStarted' })).resolves.toEqual({ sent: 1 })
    expect(await noticeCount(campaign.id)).toBe(3)
  })

  it('reaches members behind the campaign’s pace, or everyone, with the organizer’s own words', async () => {
    const { campaign, organizerRoot, a2, b1 } = await setting()
    const organized = await organizedAs(organizerRoot, campaign.id)
    const lastDay = new Date(Date.parse(campaign.endsOn) + 3600_000)
    await expect(sendCampaignReminder(organized, { audience: 'behind' }, lastDay)).resolves.toEqual({ sent: 2 })
    const { rows } = await pool.query('select member_id from notices where campaign_id = $1 order by member_id', [campaign.id])
    expect(rows.map((row) => row.member_id)).toEqual([a2.id, b1.id])
    await expect(sendCampaignReminder(organized, { audience: 'all', message: '本周五前请完成全部书目。' })).resolves.toEqual({ sent: 5 })
    await expect(sendCampaignReminder(organized, { audience: 'all', message: '周五截止，抓紧。' })).resolves.toEqual({ sent: 5 })
  })

  it('refuses an unknown audience or an over-long message with 400 and sends nothing', async () => {
    const { campaign, organizerRoot } = await setting()
    for (const body of [{ audience: 'everyone' }, { audience: 'all', message: '长'.repeat(501) }, { audience: 'all', message: '   ' }])
      await expect(callEndpoint(organizerRoot, '/:id/reminders', 'post', { id: campaign.id }, body)).rejects.toMatchObject({ status: 400 })
    expect(await noticeCount(campaign.id)).toBe(0)
  })
})

describe('the Excel export', () => {
  it('writes a member sheet and a branch sheet with Chinese headers and real dates, for the requester’s reach only', async () => {
    const { campaign, organizerA, a1, b1, branchA } = await setting()
    const organized = await organizedAs(organizerA, campaign.id)
    const { jobId, finished } = await queueCampaignExport(await requestAs(payload, organizerA), organized)
    await finished
    const status = await campaignExportStatus(await requestAs(payload, organizerA), organized, jobId)
    expect(status).toMatchObject({ status: 'done', members: 3, downloadUrl: `/api/campaigns/${campaign.id}/exports/${jobId}/file` })
    const download = await campaignExportDownload(await requestAs(payload, organizerA), organized, jobId)
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(campaign.title)}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await download.arrayBuffer())
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['党员明细', '支部统计'])
    const members = workbook.getWorksheet('党员明细') as ExcelJS.Worksheet
    expect((members.getRow(1).values as unknown[]).slice(1)).toEqual([
      '姓名',
      '所属组织',
      '报名时间',
      '完成书目（共 2 项）',
      '打卡天数',
      '心得',
      '测验最高分',
      '是否通过',
      '积分',
      '完成时间',
    ])
    expect(members.rowCount).toBe(4)
    const names = members.getColumn(1).values.slice(2)
    expect(names).toContain(a1.name)
    expect(names).not.toContain(b1.name)
    const done = members.getRow(names.indexOf(a1.name) + 2)
    expect(done.getCell(2).value).toContain(branchA.name)
    expect(done.getCell(3).value).toBeInstanceOf(Date)
    expect(done.getCell(3).numFmt).toContain('年')
    expect(done.getCell(4).value).toBe(2)
    expect(done.getCell(10).value).toBeInstanceOf(Date)
    // China wall-clock time: the completion happened “today” in Beijing.
    expect((done.getCell(10).value as Date).toISOString().slice(0, 10)).toBe(studyDay(new Date()))
    const branches = workbook.getWorksheet('支部统计') as ExcelJS.Worksheet
    expect((branches.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['组织', '类型', '应参加人数'])
    expect(branches.getRow(2).getCell(1).value).toBe(branchA.name)
    expect(branches.getRow(2).getCell(4).value).toBe(3)
    expect(branches.rowCount).toBe(2)
  })

  it('lets nobody but the requesting organizer (or an administrator) see or download the export', async () => {
    const { campaign, organizerA, organizerRoot } = await setting()
    const { jobId, finished } = await queueCampaignExport(await requestAs(payload, organizerA), await organizedAs(organizerA, campaign.id))
    await finished
    await expect(callEndpoint(organizerRoot, '/:id/exports/:jobId/file', 'get', { id: campaign.id, jobId })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('导出任务'),
    })
    const admin = await createUser(payload, 'admin')
    const response = await callEndpoint(admin, '/:id/exports/:jobId/file', 'get', { id: campaign.id, jobId })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
  })
})
