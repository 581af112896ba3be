import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePages } from '../../scripts/samplePages'
import { artifactPath } from '../support/artifacts'
import { stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'

const pageTypes: Array<[name: string, path: string]> = [
  ...Object.entries(samplePages).filter(([name]) => name !== 'login'),
  ['not-found', '/articles/no-such-article'],
]

let browser: Browser
let phone: Page
let desktop: Page

beforeAll(async () => {
  browser = await launchChromium()
  phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })).newPage()
  desktop = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('every page type in Chromium', () => {
  it.each(pageTypes)('%s fits a phone and a desktop without sideways scrolling', async (name, path) => {
    for (const [width, page] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      await page.goto(stackUrl(path))
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${name} at ${width}`).toBeLessThanOrEqual(0)
      await page.screenshot({ path: artifactPath(`page-${name}-${width}.png`), fullPage: true })
    }
  })

  it('lets a reader enlarge the article text, and remembers it', async () => {
    await phone.goto(stackUrl('/articles/red-family-tradition'))
    const size = () => phone.locator('.prose').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
    const before = await size()
    await phone.getByRole('button', { name: '增大字号' }).click()
    await expect.poll(size).toBeGreaterThan(before)
    await phone.reload()
    expect(await size()).toBeGreaterThan(before)
    await phone.getByRole('button', { name: '减小字号' }).click()
  })

  it('jumps the video to a chapter when its button is pressed', async () => {
    await desktop.goto(stackUrl('/videos/story-night-school'))
    const second = desktop.locator('[data-seek]').nth(1)
    const target = Number(await second.getAttribute('data-seek'))
    await desktop.locator('video').evaluate((video: HTMLVideoElement) => {
      video.muted = true
    })
    await second.click()
    await expect
      .poll(() => desktop.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime))
      .toBeGreaterThanOrEqual(target)
  })
})
