import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminLogin, chooseOption } from '../support/adminUi'
import { artifactPath } from '../support/artifacts'
import { createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 900 }

let browser: Browser
let editor: Page
let reviewer: Page
let reader: Page
let accounts: { editor: { email: string; password: string }; reviewer: { email: string; password: string } }
const id = uniqueId()
const article = { title: `浏览器测试：学习笔记 ${id}`, slug: `browser-notes-${id}` }

beforeAll(async () => {
  browser = await launchChromium()
  editor = await (await browser.newContext({ viewport: desktop, locale: 'zh-CN' })).newPage()
  reviewer = await (await browser.newContext({ viewport: desktop, locale: 'zh-CN' })).newPage()
  const adminToken = await loginToken()
  accounts = { editor: await createUserViaApi(adminToken, 'editor'), reviewer: await createUserViaApi(adminToken, 'reviewer') }
  reader = await (await browser.newContext({ viewport: phone, locale: 'zh-CN', isMobile: true })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function readerSees(pathname: string): Promise<{ status: number; text: string }> {
  const response = await reader.goto(stackUrl(pathname))
  return { status: response?.status() ?? 0, text: (await reader.locator('body').textContent()) ?? '' }
}

describe('a theory article from draft through review to the portal', () => {
  it('shows the admin in Chinese to an editor', async () => {
    await editor.goto(stackUrl('/admin'))
    await expect.poll(() => editor.locator('button[type=submit]').textContent(), { timeout: 20_000 }).toContain('登录')
    await adminLogin(editor, accounts.editor)
    await expect.poll(() => editor.locator('body').textContent(), { timeout: 20_000 }).toContain('理论文章')
    const dashboard = (await editor.locator('body').textContent()) ?? ''
    for (const label of ['政策文件', '红色影视', '专家讲座', '通知公告', '专题']) expect(dashboard).toContain(label)
    await editor.screenshot({ path: artifactPath('admin-dashboard.png') })
  })

  it('lets the editor write rich text and submit it for review, unseen by readers', async () => {
    await editor.goto(stackUrl('/admin/collections/articles/create'))
    await editor.locator('#field-title').fill(article.title)
    await editor.locator('#field-slug').fill(article.slug)
    await editor.locator('#field-author').fill('测试编辑')
    await editor.locator('#field-source').fill('学习园地编辑部')
    await editor.locator('#field-summary').fill('这是一篇由浏览器自动化测试撰写的文章。')
    const body = editor.locator('[data-lexical-editor="true"]')
    await body.click()
    // Lexical's Markdown shortcuts turn "## ", "- " and "> " into a heading, a list and a quote.
    await editor.keyboard.type('## 学习体会')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('理论学习要持之以恒，学用结合。')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('- 读原著学原文')
    await editor.keyboard.press('Enter')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('> 学而不思则罔，思而不学则殆。')
    await chooseOption(editor, 'reviewStatus', '待审核')
    await editor.locator('#action-save-draft').click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await editor.screenshot({ path: artifactPath('admin-article-draft.png'), fullPage: true })

    const page = await readerSees(`/articles/${article.slug}`)
    expect(page.status).toBe(404)
    expect(page.text).toContain('页面不存在')
    expect((await readerSees('/articles')).text).not.toContain(article.title)
  })

  it('does not let the editor publish it', async () => {
    await editor.locator('#action-save').click()
    await expect
      .poll(() => editor.locator('.payload-toast-container').textContent(), { timeout: 20_000 })
      .toContain('只有审核人员或管理员可以发布内容')
    expect((await fetch(stackUrl(`/articles/${article.slug}`))).status).toBe(404)
  })

  it('lets the reviewer approve and publish it, and readers find it on the home page, the list and its own page', async () => {
    await adminLogin(reviewer, accounts.reviewer)
    await reviewer.goto(stackUrl('/admin/collections/articles'))
    await reviewer.locator('a', { hasText: article.title }).first().click()
    await reviewer.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await chooseOption(reviewer, 'reviewStatus', '审核通过')
    await reviewer.locator('#action-save').click()
    await expect.poll(async () => (await fetch(stackUrl(`/articles/${article.slug}`))).status, { timeout: 15_000 }).toBe(200)
    await reviewer.screenshot({ path: artifactPath('admin-article-published.png'), fullPage: true })

    expect((await readerSees('/')).text).toContain(article.title)
    await reader.screenshot({ path: artifactPath('portal-home-phone.png'), fullPage: true })
    expect((await readerSees('/articles')).text).toContain(article.title)
    await reader.screenshot({ path: artifactPath('portal-articles-phone.png'), fullPage: true })

    const page = await readerSees(`/articles/${article.slug}`)
    expect(page.status).toBe(200)
    await expect.poll(() => reader.locator('article h1').textContent(), { timeout: 20_000 }).toBe(article.title)
    expect(await reader.locator('.prose h2').textContent()).toBe('学习体会')
    expect(await reader.locator('.prose li').textContent()).toBe('读原著学原文')
    expect(await reader.locator('.prose blockquote').textContent()).toContain('学而不思则罔')
    await reader.screenshot({ path: artifactPath('portal-article-phone.png'), fullPage: true })
  })

  it('lays the portal out without horizontal scrolling on a phone, and on a desktop', async () => {
    for (const pathname of ['/', '/articles', '/articles/red-family-tradition']) {
      await reader.goto(stackUrl(pathname))
      const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, pathname).toBeLessThanOrEqual(0)
    }
    const wide = await (await browser.newContext({ viewport: desktop, locale: 'zh-CN' })).newPage()
    await wide.goto(stackUrl('/'))
    await wide.screenshot({ path: artifactPath('portal-home-desktop.png'), fullPage: true })
    await wide.goto(stackUrl('/articles/red-family-tradition'))
    await expect.poll(() => wide.locator('.prose figure img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    await wide.screenshot({ path: artifactPath('portal-article-desktop.png'), fullPage: true })
  })
})
