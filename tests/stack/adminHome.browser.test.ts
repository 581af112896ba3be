import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminLogin } from '../support/adminUi'
import { artifactPath } from '../support/artifacts'
import { createCampaignMember } from '../support/campaignStack'
import { apiJson, createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle, uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'
import { itemIdOf, postHeartbeats, visitOpenedAt } from '../support/trackingApi'

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 900 }
const id = uniqueId()
const titles = {
  draft: `工作台测试：草稿 ${id}`,
  submitted: `工作台测试：待审 ${id}`,
  returned: `工作台测试：退回 ${id}`,
  scheduled: `工作台测试：定时 ${id}`,
}
const comment = `第三部分请补充本地案例 ${id}`

let browser: Browser
let adminToken: string
let accounts: Record<'editor' | 'reviewer', { email: string; password: string; id: number }>
let readArticleTitle: string

async function createArticle(token: string, title: string, data: Record<string, unknown> = {}): Promise<number> {
  const { status, body } = await apiJson<{ doc: { id: number } }>('/api/articles?draft=true', {
    token,
    method: 'POST',
    body: { ...buildArticle({ title, _status: 'draft' }), ...data },
  })
  if (status !== 201) throw new Error(`could not create ${title}: HTTP ${status} ${JSON.stringify(body)}`)
  return body.doc.id
}

async function updateArticle(token: string, articleId: number, data: Record<string, unknown>): Promise<void> {
  const { status, body } = await apiJson(`/api/articles/${articleId}?draft=true`, { token, method: 'PATCH', body: data })
  if (status !== 200) throw new Error(`could not update article ${articleId}: HTTP ${status} ${JSON.stringify(body)}`)
}

// What the admin's “schedule publish” stores: Payload's publish job for the item, due in two days.
async function schedulePublish(articleId: number, userId: number): Promise<void> {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    await client.query(
      `insert into payload_jobs (input, task_slug, queue, wait_until) values ($1, 'schedulePublish', 'default', now() + interval '2 days')`,
      [{ type: 'publish', doc: { relationTo: 'articles', value: String(articleId) }, user: { relationTo: 'users', value: userId } }],
    )
  } finally {
    await client.end()
  }
}

/** A member of a sample branch reads a sample article for a minute, through the tracking endpoint. */
async function memberReads(): Promise<string> {
  const organizations = await apiJson<{ docs: Array<{ id: number }> }>('/api/organizations?where[name][equals]=教研部党支部&depth=0', {
    token: adminToken,
  })
  const branch = organizations.body.docs[0]?.id
  if (branch === undefined) throw new Error('the sample organizations have no 教研部党支部')
  const member = await createCampaignMember(adminToken, branch)
  const articleId = await itemIdOf('articles', 'red-family-tradition')
  const now = Date.now()
  const visit = visitOpenedAt(member, 'articles', articleId, new Date(now - 120_000))
  const events = [0, 1, 2, 3].map((index) => ({
    id: crypto.randomUUID(),
    collection: 'articles',
    itemId: articleId,
    visit,
    occurredAt: new Date(now - (3 - index) * 15_000).toISOString(),
    activeSeconds: 15,
    scrollPercent: 40,
    watched: [],
  }))
  const answer = await postHeartbeats({ events }, member.token)
  if (answer.status !== 200) throw new Error(`heartbeats refused: HTTP ${answer.status} ${JSON.stringify(answer.body)}`)
  return (await apiJson<{ title: string }>(`/api/articles/${articleId}?depth=0`)).body.title
}

async function signedIn(role: 'editor' | 'reviewer', viewport = desktop): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport === phone })).newPage()
  await adminLogin(page, accounts[role])
  return page
}

const block = (page: Page, key: string) => page.locator(`[data-block="${key}"]`)
// What the page shows (not the text of its style and script elements), hence Playwright's innerText.
// biome-ignore lint/performance/useDomNodeTextContent: textContent would include the admin's inline CSS and scripts
const bodyText = (page: Page) => page.locator('body').innerText()

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
  accounts = { editor: await createUserViaApi(adminToken, 'editor'), reviewer: await createUserViaApi(adminToken, 'reviewer') }
  const editorToken = await loginToken(accounts.editor)
  const reviewerToken = await loginToken(accounts.reviewer)
  await createArticle(editorToken, titles.draft)
  await createArticle(editorToken, titles.submitted, { reviewStatus: 'submitted' })
  const returned = await createArticle(editorToken, titles.returned, { reviewStatus: 'submitted' })
  await updateArticle(reviewerToken, returned, { reviewStatus: 'rejected', reviewComment: comment })
  const scheduled = await createArticle(editorToken, titles.scheduled, { reviewStatus: 'submitted' })
  await updateArticle(reviewerToken, scheduled, { reviewStatus: 'approved' })
  await schedulePublish(scheduled, accounts.reviewer.id)
  readArticleTitle = await memberReads()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('the admin’s brand', () => {
  it('shows 学习园地 on the sign-in page and in the tab, and no Payload', async () => {
    const page = await (await browser.newContext({ viewport: desktop, locale: 'zh-CN' })).newPage()
    await page.goto(stackUrl('/admin/login'))
    await expect.poll(() => page.locator('.brand-logo').textContent(), { timeout: 20_000 }).toContain('学习园地')
    // Next streams the page's metadata, so the tab's title can arrive after the page shows.
    await expect.poll(() => page.title(), { timeout: 10_000 }).toContain('学习园地管理后台')
    expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toBe('/favicon.svg')
    expect(await bodyText(page)).not.toMatch(/payload/i)
    expect(await page.title()).not.toMatch(/payload/i)
    await page.screenshot({ path: artifactPath('admin-login.png') })
  })
})

describe('the editors’ home', () => {
  it('shows an editor their drafts and what was sent back with the reviewer’s comment, under 学习园地’s name', async () => {
    const page = await signedIn('editor')
    await expect.poll(() => block(page, 'drafts').textContent(), { timeout: 20_000 }).toContain(titles.draft)
    const returned = (await block(page, 'returned').textContent()) ?? ''
    expect(returned).toContain(titles.returned)
    expect(returned).toContain(`审核意见：${comment}`)
    expect(returned).not.toContain(titles.draft)
    expect(await block(page, 'review').count()).toBe(0)
    expect(await page.locator('.brand-icon').first().textContent()).toContain('学习园地')
    await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/学习园地管理后台$/)
    expect(await bodyText(page)).not.toMatch(/payload/i)
  })

  it('takes the editor to the admin list of exactly the items sent back to them', async () => {
    const page = await signedIn('editor')
    await block(page, 'returned').locator('.home-block__list').first().click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    expect(decodeURIComponent(page.url())).toContain('where[and][0][reviewStatus][equals]=rejected')
    await expect.poll(() => page.locator('.table').textContent(), { timeout: 20_000 }).toContain(titles.returned)
    expect(await page.locator('.table').textContent()).not.toContain(titles.draft)
  })

  it('shows a reviewer what waits for review, the schedule, what is read and the week by organization', async () => {
    const page = await signedIn('reviewer')
    await expect.poll(() => block(page, 'review').textContent(), { timeout: 20_000 }).toContain(titles.submitted)
    expect(await block(page, 'review').textContent()).not.toContain(titles.draft)
    const scheduled = (await block(page, 'scheduled').textContent()) ?? ''
    expect(scheduled).toContain(titles.scheduled)
    expect(scheduled).toMatch(/\d+月\d+日 \d{2}:\d{2}/)
    expect(await block(page, 'most-read-7').textContent()).toContain(readArticleTitle)
    expect(await block(page, 'most-read-30').textContent()).toContain(readArticleTitle)
    const week = block(page, 'organizations')
    expect(await week.locator('.home-block__detail').allTextContents()).toContainEqual(expect.stringMatching(/^[1-9]\d* 人 · /))
    expect(await block(page, 'drafts').count()).toBe(0)

    // With the nav open, as a desk editor works: the collections stay one click away.
    if ((await page.locator('.nav-toggler--is-open').count()) === 0) await page.locator('.nav-toggler').first().click()
    await expect.poll(() => page.locator('.nav-toggler--is-open').count()).toBeGreaterThan(0)
    await page.screenshot({ path: artifactPath('admin-home-desktop.png'), fullPage: true })
    const onPhone = await signedIn('reviewer', phone)
    await expect.poll(() => block(onPhone, 'review').textContent(), { timeout: 20_000 }).toContain(titles.submitted)
    await onPhone.screenshot({ path: artifactPath('admin-home-phone.png'), fullPage: true })
  })

  it('takes the reviewer to the admin list of exactly the items waiting for review', async () => {
    const page = await signedIn('reviewer')
    await block(page, 'review').locator('.home-block__list', { hasText: '理论文章' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    await expect.poll(() => page.locator('.table').textContent(), { timeout: 20_000 }).toContain(titles.submitted)
    const listed = (await page.locator('.table').textContent()) ?? ''
    for (const other of [titles.draft, titles.returned, titles.scheduled]) expect(listed).not.toContain(other)
  })

  it('gives a member no way into it', async () => {
    const member = await createCampaignMember(
      adminToken,
      (await apiJson<{ docs: Array<{ id: number }> }>('/api/organizations?limit=1', { token: adminToken })).body.docs[0]?.id ?? 0,
    )
    const context = await browser.newContext({ viewport: desktop, locale: 'zh-CN' })
    await context.addCookies([{ name: 'payload-token', value: member.token, url: stackUrl('/') }])
    const page = await context.newPage()
    await page.goto(stackUrl('/admin'))
    await expect.poll(() => bodyText(page), { timeout: 20_000 }).not.toBe('')
    const text = await bodyText(page)
    for (const title of ['待我审核', '本周各组织学习情况', titles.submitted]) expect(text).not.toContain(title)
  })
})
