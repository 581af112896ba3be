import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminLogin } from '../support/adminUi'
import { artifactPath } from '../support/artifacts'
import { createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'

let browser: Browser
let adminToken: string

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
})

afterAll(async () => {
  await browser?.close()
})

async function adminPageAs(role: 'editor' | 'reviewer') {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage()
  await adminLogin(page, await createUserViaApi(adminToken, role))
  await page.goto(stackUrl('/admin/collections/questions'))
  await page.locator('.collection-list').waitFor()
  return page
}

describe('question import in the admin', () => {
  it('lets an editor upload a sheet above the question bank and see every row', async () => {
    const page = await adminPageAs('editor')
    const id = uniqueId()
    const csv = `题型,题干,选项A,选项B,答案\n单选题,后台导入的题 ${id}（ ）,甲,乙,B\n单选题,后台导入的错题 ${id},甲,乙,C\n`
    await expect(page.locator('.question-import a[href="/api/questions/import-template"]').textContent()).resolves.toBe('下载模板')
    await page
      .locator('.question-import input[type=file]')
      .setInputFiles({ name: '题目.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    const report = page.locator('.question-import [role=status]')
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('成功 1 行，失败 1 行')
    await expect(report.textContent()).resolves.toContain('答案 C 不在本题的选项中')
    await page.screenshot({ path: artifactPath('admin-question-import.png'), fullPage: true })
    await page.context().close()
  })

  it('shows reviewers the bank without the import panel', async () => {
    const page = await adminPageAs('reviewer')
    await expect(page.locator('.question-import').count()).resolves.toBe(0)
    await page.context().close()
  })
})
