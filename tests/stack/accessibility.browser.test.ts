import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginToken, stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { seriousViolations as violationsOnPage } from '../support/seriousViolations'
import { createStackMember } from '../support/trackingApi'

const pages = [
  '/',
  '/articles',
  '/articles/red-family-tradition',
  '/policies?validity=current',
  '/policies/party-member-points-2025',
  '/videos',
  '/videos/story-night-school',
  '/lectures',
  '/lectures/micro-lesson-party-spirit',
  '/topics',
  '/topics/red-culture',
  '/announcements',
  '/announcements/portal-trial-launch',
  '/campaigns',
  '/articles/no-such-article',
  '/search?q=%E7%BA%A2%E8%89%B2%E5%AE%B6%E9%A3%8E',
]

// Pages only a signed-in member sees (with the favorite button and the tracker on detail pages).
const memberPages = ['/me', '/articles/red-family-tradition', '/videos/story-night-school']

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function seriousViolations(path: string): Promise<string[]> {
  await page.goto(stackUrl(path))
  return violationsOnPage(page)
}

describe('accessibility (axe-core)', () => {
  it.each(pages)('%s has no serious or critical violations', async (path) => {
    expect(await seriousViolations(path)).toEqual([])
  })

  it.each(memberPages)('%s (signed in as a member) has no serious or critical violations', async (path) => {
    const member = await createStackMember(await loginToken())
    await page.context().addCookies([{ name: 'payload-token', value: member.token, url: stackUrl('/') }])
    try {
      expect(await seriousViolations(path)).toEqual([])
    } finally {
      await page.context().clearCookies()
    }
  })
})
