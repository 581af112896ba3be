import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'

let browser: Browser
let phone: Page

beforeAll(async () => {
  browser = await launchChromium()
  phone = await (await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, locale: 'zh-CN' })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('search on a phone', () => {
  it('suggests titles while typing in the header box and opens the chosen one', async () => {
    await phone.goto(stackUrl('/'))
    await phone.getByRole('combobox', { name: '搜索学习资料' }).fill('红色家风')
    const suggestion = phone.getByRole('option').getByRole('link', { name: '让红色家风在代际传承中历久弥新' })
    await suggestion.waitFor()
    await phone.screenshot({ path: artifactPath('search-suggestions-phone.png') })
    await suggestion.click()
    await phone.waitForURL(/\/articles\/red-family-tradition$/)
  })

  it('submits the box to /search and shows highlighted results without sideways scrolling', async () => {
    await phone.goto(stackUrl('/'))
    await phone.getByRole('combobox', { name: '搜索学习资料' }).fill('为民办实事')
    await phone.keyboard.press('Enter')
    await phone.waitForURL(/\/search\?q=/)
    expect(await phone.locator('.search-results mark').count()).toBeGreaterThan(0)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await phone.screenshot({ path: artifactPath('search-results-phone.png'), fullPage: true })
  })
})
