import type { Campaign } from '@xuexi/contract/payload-types'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { type CampaignMember, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { keepReading } from '../support/keepReading'
import { launchChromium } from '../support/launchChromium'
import { signInOnPortal } from '../support/signInOnPortal'

// Issue 7's whole journey in Chromium, nothing written behind the pages' backs: an organizer creates a
// campaign with the portal form; a member joins by its link, reads the listed article (the real tracker,
// on a controlled clock), checks in, writes a reflection and passes the quiz; the organizer's dashboard and
// the exported workbook, parsed back, show it.

let browser: Browser
let adminToken: string
let setting: Awaited<ReturnType<typeof createCampaignSetting>>
let organizer: CampaignMember
let member: CampaignMember
let campaign: Campaign
const title = `“学党史 悟思想”读书活动 ${uniqueId().slice(0, 6)}`
const question = { prompt: '中国共产党的根本宗旨是什么？', right: '全心全意为人民服务', wrong: '发展经济' }
const reflection = '读完这篇文章，我更加理解了党的优良传统。今后要在本职岗位上学以致用，把学习成果落实到为群众办实事上。'

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
  // Only the organizations and the published article of this setting are used; its own campaign is ignored.
  setting = await createCampaignSetting(adminToken)
  organizer = await createCampaignMember(adminToken, setting.branchA.id, 'organizer')
  member = await createCampaignMember(adminToken, setting.branchA.id)
})

afterAll(async () => {
  await browser?.close()
})

async function phonePage(options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, locale: 'zh-CN', ...options })
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  return page
}

const queuedHeartbeats = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length as number, `xuexi.heartbeats.${member.id}`)

describe('a reading campaign from the organizer’s form to the exported workbook', () => {
  it('lets an organizer create and publish a campaign for their branch with the portal form', async () => {
    const page = await phonePage()
    await page.goto(stackUrl('/login?next=/organize'))
    await signInOnPortal(page, organizer.email, organizer.password)
    await page.getByRole('link', { name: '新建活动' }).click()
    await page.getByLabel('活动名称').fill(title)
    await page.getByLabel('活动介绍', { exact: true }).fill('读一篇党史文章，每天打卡，写心得，答一道题。')
    await page.getByLabel(setting.branchA.name).check()
    await page.getByLabel('搜索学习内容').fill(setting.article.title)
    await page.locator('[data-search-go]').click()
    await page.locator('[data-results] button').first().click()
    await page.getByLabel('打卡天数').fill('1')
    await page.getByLabel('心得最少字数').fill('30')
    await page.getByLabel('设置答题测验（作为完成要求）').check()
    await page.getByRole('button', { name: '添加题目' }).click()
    await page.getByLabel('题干').fill(question.prompt)
    const options = page.locator('[data-question] [data-option-text]')
    await options.nth(0).fill(question.right)
    await options.nth(1).fill(question.wrong)
    await page.getByLabel('自主报名：党员通过链接或二维码报名').check()
    await page.getByLabel('个人排行').check()
    await page.getByRole('button', { name: '发布活动' }).click()
    await page.waitForURL((url) => url.pathname === '/organize')
    await page.getByRole('heading', { name: title }).waitFor()

    const found = await apiJson<{ docs: Campaign[] }>(
      `/api/campaigns?${new URLSearchParams({ 'where[title][equals]': title, depth: '0' })}`,
      {
        token: adminToken,
      },
    )
    expect(found.body.docs).toHaveLength(1)
    campaign = found.body.docs[0] as Campaign
    expect(campaign).toMatchObject({ status: 'published', enrolment: 'link', targetOrganizations: [setting.branchA.id] })
    await page.context().close()
  })

  it('lets a member join by the link, read the article, check in, write a reflection and pass the quiz', async () => {
    const page = await phonePage()
    // A controlled clock runs the tracker's timers; the credit still needs the real time that passes meanwhile.
    await page.clock.install({ time: Date.now() - 60_000 })
    await page.goto(stackUrl(`/campaigns/${campaign.slug}?join=1`))
    await page.getByRole('link', { name: '登录参加' }).click()
    await signInOnPortal(page, member.email, member.password)
    await expect.poll(() => new URL(page.url()).search).toBe('?join=1')
    await page.getByRole('button', { name: '立即报名' }).click()
    await page.getByRole('heading', { name: '我的进度' }).waitFor()

    await page.locator('#checklist a', { hasText: setting.article.title }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'))
    await page.mouse.wheel(0, 2000)
    const view = async () =>
      (await apiJson<{ checklist: Array<{ met: boolean }> }>(`/api/campaigns/${campaign.id}/me`, { token: member.token })).body
    await keepReading(page, async () => (await view()).checklist.every((item) => item.met))
    await expect.poll(() => queuedHeartbeats(page), { timeout: 20_000 }).toBe(0)

    await page.goto(stackUrl(`/campaigns/${campaign.slug}`))
    await expect(page.locator('#checklist').textContent()).resolves.toContain('已完成')
    await page.getByRole('button', { name: '今日打卡' }).click()
    await page.getByText('今日已打卡').waitFor()
    await page.getByLabel('正文').fill(reflection)
    await page.getByRole('button', { name: '提交心得' }).click()
    await page.getByText(/已于 .* 提交/).waitFor()
    await page.getByRole('button', { name: '开始答题' }).click()
    await page.getByText(question.right, { exact: true }).click()
    await page.getByRole('button', { name: '交卷' }).click()
    await page.getByText('恭喜，成绩合格！').waitFor()
    await page.goto(stackUrl(`/campaigns/${campaign.slug}`))
    await page.getByText('您已完成本活动的全部要求！').waitFor()
    await page.screenshot({ path: artifactPath('journey-member-done-phone.png'), fullPage: true })
    await page.context().close()
  })

  it('shows the organizer the member’s completion on the dashboard and in the exported workbook', async () => {
    const page = await phonePage({ acceptDownloads: true })
    await page.goto(stackUrl(`/login?next=/organize/campaigns/${campaign.id}`))
    await signInOnPortal(page, organizer.email, organizer.password)
    await page.waitForURL((url) => url.pathname === `/organize/campaigns/${campaign.id}`)
    for (const figure of ['enrolled', 'started', 'completed'])
      await expect(page.locator(`[data-figure="${figure}"]`).textContent()).resolves.toBe('1')
    await expect(page.locator(`[data-branch="${setting.branchA.id}"]`).textContent()).resolves.toContain('100.0%')
    await page.locator('[data-daily-chart] svg').waitFor()
    await page.screenshot({ path: artifactPath('journey-dashboard-phone.png'), fullPage: true })

    await page.getByRole('button', { name: '导出 Excel' }).click()
    const link = page.getByRole('link', { name: '下载 Excel 文件' })
    await link.waitFor({ timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const file = artifactPath('journey-export.xlsx')
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.getWorksheet('党员明细')
    if (!sheet) throw new Error('the workbook has no sheet 党员明细')
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((values) => Object.fromEntries(headers.map((header, i) => [header, (values as unknown[])[i + 1]])))
    expect(rows).toEqual([
      expect.objectContaining({ 姓名: member.name, '完成书目（共 1 项）': 1, 打卡天数: 1, 是否通过: '是', 测验最高分: 100 }),
    ])
    // Excel dates carry no zone: the workbook writes China time, so the stored value is UTC + 8 h.
    const completedAt = rows[0]?.完成时间
    expect(completedAt).toBeInstanceOf(Date)
    expect(Math.abs((completedAt as Date).getTime() - (Date.now() + 8 * 3_600_000))).toBeLessThan(10 * 60_000)
    const branches = workbook.getWorksheet('支部统计')?.getColumn(1).values
    expect(branches).toContain(setting.branchA.name)
    await page.context().close()
  })
})
