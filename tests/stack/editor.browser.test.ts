import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { launchChromium } from '../support/launchChromium'
import { stackAdmin } from '../support/stackAdmin'

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 900 }

let browser: Browser
let editor: Page
let reader: Page
const id = uniqueId()
const article = { title: `浏览器测试：学习笔记 ${id}`, slug: `browser-notes-${id}` }

beforeAll(async () => {
  browser = await launchChromium()
  editor = await (await browser.newContext({ viewport: desktop, locale: 'zh-CN' })).newPage()
  reader = await (await browser.newContext({ viewport: phone, locale: 'zh-CN', isMobile: true })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function readerSees(pathname: string): Promise<{ status: number; text: string }> {
  const response = await reader.goto(stackUrl(pathname))
  return { status: response?.status() ?? 0, text: (await reader.locator('body').textContent()) ?? '' }
}

describe('an editor publishing a theory article', () => {
  it('logs into the admin, which speaks Chinese', async () => {
    await editor.goto(stackUrl('/admin'))
    await editor.locator('#field-email').fill(stackAdmin.email)
    await editor.locator('#field-password').fill(stackAdmin.password)
    await expect.poll(() => editor.locator('button[type=submit]').textContent()).toContain('登录')
    await editor.locator('button[type=submit]').click()
    await editor.waitForURL(/\/admin\/?$/)
    await expect.poll(() => editor.locator('body').textContent()).toContain('理论文章')
    await editor.screenshot({ path: artifactPath('admin-dashboard.png') })
  })

  it('writes an article with rich text and saves it as a draft that anonymous readers cannot see', async () => {
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
    await editor.locator('#action-save-draft').click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await editor.screenshot({ path: artifactPath('admin-article-draft.png'), fullPage: true })

    const page = await readerSees(`/articles/${article.slug}`)
    expect(page.status).toBe(404)
    expect(page.text).toContain('页面不存在')
    expect((await readerSees('/articles')).text).not.toContain(article.title)
  })

  it('publishes it, and readers find it on the home page, the list and its own page', async () => {
    await editor.locator('#action-save').click()
    await expect.poll(async () => (await fetch(stackUrl(`/articles/${article.slug}`))).status, { timeout: 15_000 }).toBe(200)
    await editor.screenshot({ path: artifactPath('admin-article-published.png'), fullPage: true })

    expect((await readerSees('/')).text).toContain(article.title)
    await reader.screenshot({ path: artifactPath('portal-home-phone.png'), fullPage: true })
    expect((await readerSees('/articles')).text).toContain(article.title)
    await reader.screenshot({ path: artifactPath('portal-articles-phone.png'), fullPage: true })

    const page = await readerSees(`/articles/${article.slug}`)
    expect(page.status).toBe(200)
    await expect.poll(() => reader.locator('article h1').textContent()).toBe(article.title)
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
