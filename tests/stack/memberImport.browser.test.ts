import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminLogin } from '../support/adminUi'
import { artifactPath } from '../support/artifacts'
import { stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { stackAdmin } from '../support/stackAdmin'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('bulk member import in the admin', () => {
  it('shows a report for every row of an uploaded sheet above the users list', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage()
    await adminLogin(page, stackAdmin)
    await page.goto(stackUrl('/admin/collections/users'))
    const loginId = `135${String(Date.now()).slice(-8)}`
    const csv = `姓名,账号,所在组织\n黄小明,${loginId},市委党校党委/机关党支部\n无组织,${loginId}9,不存在的党支部\n`
    await page
      .locator('.member-import input[type=file]')
      .setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    const report = page.locator('.member-import [role=status]')
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('成功 1 行，失败 1 行')
    await expect(report.textContent()).resolves.toContain('找不到组织“不存在的党支部”')
    await page.screenshot({ path: artifactPath('admin-member-import.png'), fullPage: true })
    await page.context().close()
  })
})
