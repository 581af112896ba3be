import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
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
  '/articles/no-such-article',
  '/search?q=%E7%BA%A2%E8%89%B2%E5%AE%B6%E9%A3%8E',
]

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe-core)', () => {
  it.each(pages)('%s has no serious or critical violations', async (path) => {
    await page.goto(stackUrl(path))
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
      ).axe
      const result = await axe.run()
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => (node as { target: unknown }).target))}`)
    })
    expect(violations).toEqual([])
  })
})
