import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import {
  type CampaignMember,
  completeItemOnStack,
  createCampaignMember,
  createCampaignSetting,
  fetchPageAs,
} from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'
import { signInOnPortal } from '../support/signInOnPortal'

let browser: Browser
let setting: Awaited<ReturnType<typeof createCampaignSetting>>
let reader: CampaignMember
let idle: CampaignMember
const organizer = { email: `organizer-${uniqueId()}@example.org`, password: 'correct-horse-battery' }

beforeAll(async () => {
  browser = await launchChromium()
  const adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken, { title: '“学思想 强党性”读书活动', enrolment: 'link' })
  const { status } = await apiJson('/api/users', {
    token: adminToken,
    method: 'POST',
    body: { ...organizer, name: '组织员老周', role: 'organizer', organization: setting.committee.id },
  })
  expect(status).toBe(201)
  reader = await createCampaignMember(adminToken, setting.branchA.id)
  idle = await createCampaignMember(adminToken, setting.branchA.id)
  for (const member of [reader, idle])
    expect((await apiJson(`/api/campaigns/${setting.campaign.id}/enrolment`, { token: member.token, method: 'POST' })).status).toBe(200)
  await completeItemOnStack(reader.id, { collection: 'articles', id: setting.article.id })
  expect((await apiJson(`/api/campaigns/${setting.campaign.id}/check-ins`, { token: reader.token, method: 'POST', body: {} })).status).toBe(
    201,
  )
})

afterAll(async () => {
  await browser?.close()
})

async function signedInPhone(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    isMobile: true,
    locale: 'zh-CN',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(stackUrl(`/login?next=/organize/campaigns/${setting.campaign.id}`))
  await signInOnPortal(page, organizer.email, organizer.password)
  await page.waitForURL(`**/organize/campaigns/${setting.campaign.id}`)
  return page
}

describe('the organizer dashboard on a phone', () => {
  it('shows figures, branch table, chart and lists, sends a reminder and downloads the Excel export', async () => {
    const page = await signedInPhone()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(setting.campaign.title)
    await expect(page.locator('[data-figure="enrolled"]').textContent()).resolves.toBe('2')
    await expect(page.locator('[data-figure="started"]').textContent()).resolves.toBe('1')
    await expect(page.locator(`[data-branch="${setting.branchA.id}"]`).textContent()).resolves.toContain('50.0%')
    await page.locator('[data-daily-chart] svg').waitFor()
    await expect(page.locator('#not-started').textContent()).resolves.toContain(idle.name)
    await expect(page.getByRole('link', { name: /去评阅/ }).getAttribute('href')).resolves.toBe(
      `/organize/campaigns/${setting.campaign.id}/reflections`,
    )
    await page.screenshot({ path: artifactPath('campaign-dashboard-phone.png'), fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)

    await page.getByRole('button', { name: '提醒未开始的人' }).click()
    await expect.poll(() => page.locator('#reminders [data-message]').textContent()).toBe('已向 1 人发送提醒。')
    await page.getByRole('button', { name: '提醒未开始的人' }).click()
    await expect.poll(() => page.locator('#reminders [data-message]').textContent()).toContain('一小时内')

    await page.getByRole('button', { name: '导出 Excel' }).click()
    const link = page.getByRole('link', { name: '下载 Excel 文件' })
    await link.waitFor({ timeout: 30_000 })
    await page.screenshot({ path: artifactPath('campaign-dashboard-export-phone.png'), fullPage: true })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${setting.campaign.title}-统计.xlsx`)
    const file = artifactPath('campaign-export.xlsx')
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const names = workbook.getWorksheet('党员明细')?.getColumn(1).values
    expect(names).toEqual(expect.arrayContaining([reader.name, idle.name]))
    expect(workbook.getWorksheet('支部统计')?.getColumn(1).values).toEqual([
      undefined,
      '组织',
      setting.committee.name,
      setting.branchA.name,
    ])

    await page.setViewportSize({ width: 1280, height: 900 })
    await page.reload()
    await page.locator('[data-daily-chart] svg').waitFor()
    await page.screenshot({ path: artifactPath('campaign-dashboard-desktop.png'), fullPage: true })
  })

  it('is closed to members (403) and to signed-out visitors (sign in first)', async () => {
    expect((await fetchPageAs(`/organize/campaigns/${setting.campaign.id}`, reader.token)).status).toBe(403)
    const anonymous = await fetch(stackUrl(`/organize/campaigns/${setting.campaign.id}`), { redirect: 'manual' })
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toContain('/login')
  })
})
