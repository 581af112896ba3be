import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { type CampaignMember, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { loginToken, stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { createQuestion } from '../support/questionBank'
import { signInOnPortal } from '../support/signInOnPortal'

// The member's side of the question bank on a phone: the daily quiz from 我的学习, every answer wrong,
// the 错题本 with the explanation and the link to the passage, and a right answer clearing one entry.

let browser: Browser
let member: CampaignMember
let setting: Awaited<ReturnType<typeof createCampaignSetting>>

beforeAll(async () => {
  browser = await launchChromium()
  const adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken)
  member = await createCampaignMember(adminToken, setting.branchA.id)
  // The newest questions are drawn first: these five make up the member's paper.
  for (let index = 0; index < 5; index += 1) {
    await createQuestion(adminToken, { source: { relationTo: 'articles', value: setting.article.id } })
  }
})

afterAll(async () => {
  await browser?.close()
})

async function phonePage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, locale: 'zh-CN' })
  return context.newPage()
}

describe('the daily quiz and the wrong-answer book on a phone', () => {
  it('takes a member from the daily quiz through wrong answers to the 错题本 and the passage', async () => {
    const page = await phonePage()
    await page.goto(stackUrl('/login?next=/me'))
    await signInOnPortal(page, member.email, member.password)
    await page.getByRole('link', { name: '开始答题' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe('/me/quiz')
    const questions = page.locator('fieldset.question')
    await expect.poll(() => questions.count()).toBe(5)
    for (let index = 0; index < 5; index += 1) await questions.nth(index).getByText('A. 集体领导').click()
    await page.screenshot({ path: artifactPath('daily-quiz-phone.png'), fullPage: true })
    await page.getByRole('button', { name: '交卷' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('今天答对 0 / 5 题')
    await page.screenshot({ path: artifactPath('daily-quiz-result-phone.png'), fullPage: true })
    // The home page is the member's class copy; their card arrives from one small request.
    await page.goto(stackUrl('/'))
    await expect.poll(() => page.locator('[data-daily-card]').textContent()).toContain('今天已答对 0 / 5 题')
    await page.getByRole('link', { name: '查看结果' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe('/me/quiz')

    await page.getByRole('link', { name: '错题本' }).first().click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('错题本（5）')
    const first = page.locator('article.entry').first()
    await first.getByText('查看答案与解析').click()
    const source = first.getByRole('link', { name: `阅读原文：《${setting.article.title}》` })
    expect(await source.getAttribute('href')).toBe(
      `/articles/${setting.article.slug}#:~:text=${encodeURIComponent('按照民主集中制组织起来的统一整体')}`,
    )
    await page.screenshot({ path: artifactPath('wrong-book-phone.png'), fullPage: true })

    await first.locator('form').getByText('B. 民主集中制').click()
    await first.getByRole('button', { name: '提交' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('回答正确，这道题已从错题本中移除。')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('错题本（4）')

    await page.locator('article.entry').first().getByText('查看答案与解析').click()
    await page
      .locator('article.entry')
      .first()
      .getByRole('link', { name: /阅读原文/ })
      .click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/articles/${setting.article.slug}`)
  })
})
