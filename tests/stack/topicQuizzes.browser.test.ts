import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { createCampaignMember } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { signInOnPortal } from '../support/signInOnPortal'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function signedInPage(width: number, height: number) {
  const adminToken = await loginToken()
  const organizations = await apiJson<{ docs: Array<{ id: number }> }>('/api/organizations?limit=1&sort=id', { token: adminToken })
  const member = await createCampaignMember(adminToken, organizations.body.docs[0]?.id as number)
  const page = await (await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', isMobile: width < 500 })).newPage()
  await page.goto(stackUrl('/login?next=/me'))
  await signInOnPortal(page, member.email, member.password)
  await page.getByRole('heading', { name: '我的学习', level: 1 }).waitFor()
  return page
}

describe('topic quizzes and contests in the portal', () => {
  it('lets a member on a 390 px phone go from 我的学习 to a sample topic quiz, answer it and read the explanations', async () => {
    const page = await signedInPage(390, 844)
    const quizLinks = page.getByRole('navigation', { name: '答题与竞赛' })
    await expect(quizLinks.getByRole('link').allTextContents()).resolves.toEqual(['每日答题', '专项答题', '知识竞赛', '错题本'])
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('topic-quiz-me-phone.png') })
    await quizLinks.getByRole('link', { name: '专项答题' }).click()
    await page.getByRole('heading', { name: '专项答题', level: 1 }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('topic-quiz-list-phone.png'), fullPage: true })
    await page.getByRole('link', { name: '《党员积分管理办法》专项答题（示例）' }).click()
    const questions = page.locator('form.paper fieldset')
    await expect.poll(() => questions.count()).toBeGreaterThan(0)
    for (const fieldset of await questions.all()) {
      const choice = fieldset.locator('input[type=radio], input[type=checkbox]').first()
      if ((await choice.count()) > 0) await choice.check()
      else await fieldset.locator('input[type=text]').fill('积分')
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: '提交答案' }).click()
    await page.getByText(/计分结果：答对 \d+ \/ \d+ 题/).waitFor()
    await expect(page.getByText('解析').count()).resolves.toBeGreaterThan(0)
    await page.getByRole('heading', { name: '再练一次（不计分）' }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('topic-quiz-result-phone.png'), fullPage: true })
    await page.context().close()
  })

  it('puts 专项答题 and 知识竞赛 in the header for signed-in members, on a phone and on a desktop', async () => {
    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [1280, 900, 'desktop'],
    ] as const) {
      const page = await signedInPage(width, height)
      const nav = page.getByRole('navigation', { name: '主导航' })
      await nav.getByRole('link', { name: '知识竞赛' }).click()
      await expect.poll(() => new URL(page.url()).pathname).toBe('/contests')
      await expect(nav.getByRole('link', { name: '知识竞赛' }).getAttribute('aria-current')).resolves.toBe('page')
      await nav.getByRole('link', { name: '专项答题' }).click()
      await expect.poll(() => new URL(page.url()).pathname).toBe('/topic-quizzes')
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: artifactPath(`topic-quiz-nav-${name}.png`) })
      await page.context().close()
    }
  })
})
