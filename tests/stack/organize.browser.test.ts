import type { Campaign } from '@xuexi/contract/payload-types'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { type CampaignMember, createCampaignMember, createCampaignSetting } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'
import { createQuestion } from '../support/questionBank'
import { seriousViolations } from '../support/seriousViolations'
import { signInOnPortal } from '../support/signInOnPortal'
import { sampleMembers } from '../support/stackAdmin'

let browser: Browser
let adminToken: string
let setting: Awaited<ReturnType<typeof createCampaignSetting>>
let organizer: CampaignMember
let member: CampaignMember
let bankQuestion: Awaited<ReturnType<typeof createQuestion>>
const title = '“学思想 强党性”主题读书活动'

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
  setting = await createCampaignSetting(adminToken)
  organizer = await createCampaignMember(adminToken, setting.branchA.id, 'organizer')
  member = await createCampaignMember(adminToken, setting.branchA.id)
  bankQuestion = await createQuestion(adminToken, { topic: `组织工作测试 ${uniqueId()}`, difficulty: 'hard', visibility: 'members' })
})

afterAll(async () => {
  await browser?.close()
})

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function signedIn(account: { email: string; password: string }, width: number, next: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 500, locale: 'zh-CN' })).newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(stackUrl(`/login?next=${encodeURIComponent(next)}`))
  await signInOnPortal(page, account.email, account.password)
  await page.waitForURL((url) => url.pathname === next.split('?')[0])
  return page
}

const campaignsTitled = async (wanted: string) =>
  (
    await apiJson<{ docs: Campaign[] }>(`/api/campaigns?${new URLSearchParams({ 'where[title][equals]': wanted, depth: '0' })}`, {
      token: adminToken,
    })
  ).body.docs

describe('an organizer runs a campaign from the portal on a phone', () => {
  it('creates and publishes a campaign with the form; a refusal shows Chinese messages and keeps what was typed', async () => {
    const page = await signedIn(organizer, 375, '/organize')
    await page.getByRole('link', { name: '组织工作' }).first().waitFor()
    await page.getByRole('link', { name: '新建活动' }).click()
    await page.getByRole('heading', { name: '新建读书活动' }).waitFor()
    // Only the organizer's own subtree can be chosen.
    await expect(page.getByLabel(setting.branchA.name).count()).resolves.toBe(1)
    await expect(page.getByLabel(setting.branchB.name).count()).resolves.toBe(0)

    const campaignCount = async () => (await apiJson<{ totalDocs: number }>('/api/campaigns?limit=1', { token: adminToken })).body.totalDocs
    const before = await campaignCount()
    await page.getByLabel('活动介绍', { exact: true }).fill('围绕党的创新理论开展读书活动，每天打卡，读完后撰写心得。')
    await page.getByRole('button', { name: '发布活动' }).click()
    await page.getByText('活动未保存，请修改以下问题：').waitFor()
    const errors = await page.locator('[data-errors]').textContent()
    expect(errors).toMatch(/活动名称/)
    expect(errors).not.toMatch(/[A-Za-z]{6,}/)
    await expect(page.locator('[data-error-for="title"]').textContent()).resolves.not.toBe('')
    await expect(page.getByLabel('活动介绍', { exact: true }).inputValue()).resolves.toContain('围绕党的创新理论')
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-form-errors-phone.png'), fullPage: true })
    expect(await campaignCount()).toBe(before)

    await page.getByLabel('活动名称').fill(title)
    await page.getByLabel(setting.branchA.name).check()
    await page.getByLabel('搜索学习内容').fill(setting.article.title)
    await page.locator('[data-search-go]').click()
    await page.locator('[data-results] button').first().click()
    await page.locator('[data-reading-list] [data-min-minutes]').fill('3')
    await page.getByLabel('打卡天数').fill('5')
    await page.getByLabel('心得最少字数').fill('50')
    await page.getByLabel('设置答题测验（作为完成要求）').check()
    await page.getByRole('button', { name: '添加题目' }).click()
    await page.getByLabel('题干').fill('党的根本宗旨是什么？')
    const options = page.locator('[data-question] [data-option-text]')
    await options.nth(0).fill('全心全意为人民服务')
    await options.nth(1).fill('发展经济')
    // A bank question beside the written one, found by its topic and difficulty.
    await page.getByLabel('按分类筛选').selectOption(String(bankQuestion.topic))
    await page.getByLabel('按难度筛选').selectOption('hard')
    await expect.poll(() => page.locator('[data-picker-item]:visible').count()).toBe(1)
    await page.getByLabel(bankQuestion.stem).check()
    await page.getByLabel('自主报名：党员通过链接或二维码报名').check()
    await page.getByLabel('支部排行').check()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-form-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '发布活动' }).click()

    await page.waitForURL((url) => url.pathname === '/organize')
    await page.getByRole('heading', { name: title }).waitFor()
    const [created] = await campaignsTitled(title)
    expect(created).toMatchObject({
      status: 'published',
      organization: setting.branchA.id,
      organizer: organizer.id,
      targetOrganizations: [setting.branchA.id],
      enrolment: 'link',
      leaderboard: 'branch',
      rules: { checkInDays: 5, reflectionMinLength: 50, reflectionRequired: true },
    })
    expect(created?.readingList?.[0]).toMatchObject({ item: { relationTo: 'articles', value: setting.article.id }, minMinutes: 3 })
    expect(created?.quiz?.questions?.[0]?.options?.map((option) => option.correct)).toEqual([true, false])
    expect(created?.quiz?.bankQuestions).toEqual([bankQuestion.id])
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-list-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])

    const card = page.locator('.managed-card', { hasText: title })
    await card.getByRole('link', { name: '编辑' }).click()
    await page.getByRole('heading', { name: '编辑读书活动' }).waitFor()
    await expect(page.getByLabel('活动名称').inputValue()).resolves.toBe(title)
    await expect(page.getByLabel('题干').inputValue()).resolves.toBe('党的根本宗旨是什么？')
    await page.getByLabel('活动名称').fill(`${title}（第二期）`)
    await page.getByRole('button', { name: '保存修改' }).click()
    await page.waitForURL((url) => url.pathname === '/organize')
    expect(await campaignsTitled(`${title}（第二期）`)).toHaveLength(1)

    await page.locator('.managed-card', { hasText: '第二期' }).getByRole('link', { name: '海报' }).click()
    await page.locator('.poster svg').waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-poster-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false)
    await page.context().close()
  })

  it('scores, comments on and features a reflection, which then shows on the campaign page', async () => {
    await apiJson(`/api/campaigns/${setting.campaign.id}/enrolment`, { token: member.token, method: 'POST', body: {} })
    const body = '通过这次读书活动，我系统学习了党章党规，进一步坚定了理想信念，今后要把学习成果转化为实际行动。'
    await apiJson(`/api/campaigns/${setting.campaign.id}/reflection`, {
      token: member.token,
      method: 'PUT',
      body: { title: '学习党章的体会', body, submit: true },
    })
    const page = await signedIn(organizer, 375, `/organize/campaigns/${setting.campaign.id}/reflections`)
    const review = page.locator('article.review', { hasText: member.name })
    await review.getByLabel('评分（0–100）').fill('95')
    await review.getByLabel('评语').fill('联系实际，体会深刻。')
    await review.getByLabel('设为优秀心得，在活动页展示').check()
    await review.getByRole('button', { name: '保存评阅' }).click()
    await review.getByText('已保存').waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-reflections-phone.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()

    const memberPage = await signedIn(member, 375, `/campaigns/${setting.campaign.slug}`)
    const featured = memberPage.locator('#featured')
    await featured.getByText('学习党章的体会').waitFor()
    await memberPage.locator('#reflection').getByText('组织员评分：95 分').waitFor()
    await memberPage.context().close()
  })

  it('fits the header with 组织工作 in view on a 375 px phone and on a desktop', async () => {
    for (const width of [375, 1280]) {
      const page = await signedIn(organizer, width, '/organize')
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      // In view without swiping the section row.
      const link = (await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织工作' }).boundingBox()) ?? {
        x: width,
        width: 0,
      }
      expect(link.x + link.width).toBeLessThanOrEqual(width)
      await page.screenshot({ path: artifactPath(`organize-header-${width}.png`) })
      await page.context().close()
    }
  })

  it('shows the sample organizer 13800000001 the running sample campaign with their branch’s participants and reflections', async () => {
    const sampleOrganizer = { email: sampleMembers.organizer, password: sampleMembers.password }
    const page = await signedIn(sampleOrganizer, 375, '/organize')
    const card = page.locator('.managed-card', { hasText: '读原著 学原文 悟原理' })
    await expect(card.getByText('进行中').count()).resolves.toBe(1)
    const enrolled = Number((await card.getByText(/已报名 \d+ 人/).textContent())?.match(/\d+/)?.[0])
    expect(enrolled).toBeGreaterThan(4)
    await page.screenshot({ path: artifactPath('organize-sample-list-phone.png'), fullPage: true })
    await card.getByRole('link', { name: '心得审阅' }).click()
    await expect.poll(() => page.locator('article.review').count()).toBeGreaterThan(0)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('organize-sample-reflections-phone.png') })
    await page.context().close()
  })
})
