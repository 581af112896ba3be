import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { keepReading } from '../support/keepReading'
import { launchChromium } from '../support/launchChromium'
import { createStackMember, itemIdOf, type StackMember } from '../support/trackingApi'

const articlePath = '/articles/red-family-tradition'
let browser: Browser
let adminToken: string

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
})

afterAll(async () => {
  await browser?.close()
})

async function memberPage(member: StackMember): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, locale: 'zh-CN' })
  await context.addCookies([{ name: 'payload-token', value: member.token, url: stackUrl('/') }])
  return { context, page: await context.newPage() }
}

const queued = (page: Page, member: StackMember) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length as number, `xuexi.heartbeats.${member.id}`)

describe('the study tracker', () => {
  it('sends nothing for anonymous readers', async () => {
    const page = await (await browser.newContext()).newPage()
    const posts: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/reading-events')) posts.push(request.url())
    })
    await page.goto(stackUrl(articlePath))
    await expect(page.locator('[data-study-tracker]').count()).resolves.toBe(0)
    await page.close()
    expect(posts).toEqual([])
  })

  it('queues heartbeats while offline and delivers them once back online', async () => {
    const member = await createStackMember(adminToken)
    const articleId = await itemIdOf('articles', 'red-family-tradition')
    const { context, page } = await memberPage(member)
    // A controlled clock (set a minute back so no heartbeat lies in the server's future) replaces waiting.
    await page.clock.install({ time: Date.now() - 60_000 })
    await page.goto(stackUrl(articlePath))
    await page.locator('[data-study-tracker][data-tracking="on"]').waitFor({ state: 'attached' })
    await context.setOffline(true)
    await page.mouse.wheel(0, 400)
    await page.clock.runFor(16_000)
    await expect.poll(() => queued(page, member)).toBeGreaterThan(0)

    await context.setOffline(false)
    await expect.poll(() => queued(page, member), { timeout: 20_000 }).toBe(0)
    const inProgress = async () =>
      (await apiJson<{ inProgress: Array<{ itemId: number; activeSeconds: number }> }>('/api/study/summary', { token: member.token })).body
        .inProgress
    expect(await inProgress()).toEqual([expect.objectContaining({ itemId: articleId, activeSeconds: expect.any(Number) })])
    await keepReading(page, async () => ((await inProgress())[0]?.activeSeconds ?? 0) > 0)
    await context.close()
  })

  it('shows 我的学习 with the reading and the favorite, without horizontal scrolling at 360 px', async () => {
    const member = await createStackMember(adminToken)
    const { context, page } = await memberPage(member)
    await page.clock.install({ time: Date.now() - 60_000 })
    await page.goto(stackUrl(articlePath))
    await page.getByRole('button', { name: '收藏' }).click()
    await expect.poll(() => page.getByRole('button', { name: '已收藏' }).count()).toBe(1)
    await page.mouse.wheel(0, 400)
    await page.clock.runFor(16_000)
    await expect.poll(() => queued(page, member), { timeout: 20_000 }).toBe(0)

    await page.goto(stackUrl('/me'))
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('我的学习')
    const text = await page.locator('main').textContent()
    expect(text).toContain('红色家风')
    expect(text).toContain('我的收藏')
    await page.screenshot({ path: artifactPath('my-study-phone.png'), fullPage: true })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // The article page is the member's class copy: the favorite state comes with the visit the browser opens.
    await page.goto(stackUrl(articlePath))
    await expect.poll(() => page.getByRole('button', { name: '已收藏' }).count()).toBe(1)
    await context.close()
  })

  it('sends anonymous visitors of 我的学习 to sign in first', async () => {
    const response = await fetch(stackUrl('/me'), { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/login?next=%2Fme')
  })
})
