import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { sampleQuiz } from '../support/campaignMember'
import { type CampaignMember, completeItemOnStack, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { seriousViolations } from '../support/seriousViolations'
import { signInOnPortal } from '../support/signInOnPortal'

let browser: Browser
let setting: Awaited<ReturnType<typeof createCampaignSetting>>
let member: CampaignMember
let adminToken: string
const correctTexts = sampleQuiz.questions.flatMap((question) =>
  question.options.filter((option) => option.correct).map((option) => option.text),
)
const reflection = '通过这次读书活动，我系统学习了党章党规，进一步坚定了理想信念。今后要把学习成果转化为做好本职工作的实际行动。'

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken, {
    title: '“学党章 守规矩”主题读书活动',
    description: '围绕党章和党内法规开展为期四周的读书活动。\n每天学习打卡，读完书目后撰写心得并参加知识答题。',
    enrolment: 'link',
    quiz: sampleQuiz,
    rules: { checkInDays: 1, reflectionRequired: true, reflectionMinLength: 30 },
  })
  member = await createCampaignMember(adminToken, setting.branchA.id)
})

afterAll(async () => {
  await browser?.close()
})

const phonePage = async (width: number): Promise<Page> => {
  const page = await (await browser.newContext({ viewport: { width, height: 800 }, isMobile: true, locale: 'zh-CN' })).newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  return page
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('a member takes part in a campaign on a phone', () => {
  it('joins from the link, checks in, writes a reflection, passes the quiz and prints the certificate', async () => {
    const page = await phonePage(375)
    const campaignPath = `/campaigns/${setting.campaign.slug}`
    await page.goto(stackUrl(`${campaignPath}?join=1`))
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(setting.campaign.title)
    await page.screenshot({ path: artifactPath('campaign-anonymous-phone.png'), fullPage: true })
    await page.getByRole('link', { name: '登录参加' }).click()
    await signInOnPortal(page, member.email, member.password)
    await expect.poll(() => new URL(page.url()).search).toBe('?join=1')

    await page.getByRole('button', { name: '立即报名' }).click()
    await page.getByRole('heading', { name: '我的进度' }).waitFor()
    await page.getByRole('button', { name: '今日打卡' }).click()
    await page.getByText('今日已打卡').waitFor()

    const body = page.getByLabel('正文')
    await body.fill('心得太短')
    await expect(page.locator('#reflection-count').textContent()).resolves.toBe('已写 4 / 30 字')
    await page.getByRole('button', { name: '提交心得' }).click()
    await expect.poll(() => page.locator('#reflection [data-message]').textContent()).toContain('心得体会至少 30 字')
    await body.fill(reflection)
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.getByText('草稿已保存').waitFor()
    await expect(page.locator('#reflection-count').textContent()).resolves.toMatch(/^已写 \d+ \/ 30 字$/)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-page-in-progress-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '提交心得' }).click()
    await page.getByText(/已于 .* 提交/).waitFor()

    await page.getByRole('button', { name: '开始答题' }).click()
    await page.getByRole('button', { name: '交卷' }).waitFor()
    for (const text of correctTexts) await page.getByText(text, { exact: true }).click()
    await page.screenshot({ path: artifactPath('campaign-quiz-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '交卷' }).click()
    await page.getByText('恭喜，成绩合格！').waitFor()
    await expect(page.locator('.score .value').textContent()).resolves.toBe('100')
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-quiz-result-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])

    // Reading the listed article is tracked by the reader's tracker elsewhere; here it is recorded directly.
    await completeItemOnStack(member.id, { collection: 'articles', id: setting.article.id })
    await page.goto(stackUrl(campaignPath))
    await page.getByText('您已完成本活动的全部要求！').waitFor()
    // Check-in goal of one day has no badge of its own: first check-in, reading, reflection, quiz, completed.
    await expect(page.locator('#badges .earned').count()).resolves.toBe(5)
    await expect(page.locator('#badges .locked').count()).resolves.toBe(0)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-page-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('link', { name: '查看结业证书' }).click()
    await page.getByRole('heading', { name: '读书活动结业证书' }).waitFor()
    await expect(page.locator('.certificate .name').textContent()).resolves.toBe(member.name)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-certificate-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false)
    await page.emulateMedia({ media: 'screen' })
    await page.context().close()
  })

  it('fits a 360 px screen on the campaign list and 我的学习, where the member reads their notices', async () => {
    await apiJson('/api/notices', {
      token: adminToken,
      method: 'POST',
      body: {
        member: member.id,
        campaign: setting.campaign.id,
        title: '请及时完成本周打卡',
        body: '本周还有两天，别忘了每天打卡、读完书目。',
        link: `/campaigns/${setting.campaign.slug}`,
      },
    })
    const page = await phonePage(360)
    await page.goto(stackUrl('/login?next=/me'))
    await signInOnPortal(page, member.email, member.password)
    await page.getByRole('heading', { name: '我的读书活动' }).waitFor()
    await expect(page.getByRole('link', { name: setting.campaign.title }).count()).resolves.toBeGreaterThan(0)
    await page.getByRole('link', { name: '请及时完成本周打卡' }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-me-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '标为已读' }).click()
    await page.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' })
    await page.reload()
    await expect(page.getByText('未读', { exact: true }).count()).resolves.toBe(0)
    await page.goto(stackUrl('/campaigns'))
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('campaign-list-phone.png'), fullPage: true })
    await page.context().close()
  })
})
