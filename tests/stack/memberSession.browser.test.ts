import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Article } from '@xuexi/contract/payload-types'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { artifactPath } from '../support/artifacts'
import { apiJson, createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle } from '../support/factories'
import { fetchPage } from '../support/fetchPage'
import { launchChromium } from '../support/launchChromium'
import { signInOnPortal } from '../support/signInOnPortal'

// A sample article marked `visibility: "members"` in content/articles.
const membersOnly = { path: '/articles/young-party-members-growth', title: '青年党员成长的几道“必修课”', bodyText: '扣好党员生涯的' }

let browser: Browser
let adminToken: string

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
})

afterAll(async () => {
  await browser?.close()
})

const phonePage = async (): Promise<Page> =>
  (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })).newPage()

describe('members on the portal', () => {
  it('asks anonymous readers to sign in for a members-only item and never shows its content', async () => {
    const { status, html } = await fetchPage(membersOnly.path)
    expect(status).toBe(401)
    expect(html).toContain('登录后阅读')
    expect(html).toContain(`/login?next=${encodeURIComponent(membersOnly.path)}`)
    expect(html).not.toContain(membersOnly.title)
    expect(html).not.toContain(membersOnly.bodyText)
    const list = await fetchPage('/articles?topic=party-branch')
    expect(list.html).not.toContain(membersOnly.title)
  })

  it('signs a member in from the prompt, returns to the item, and signs out again', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const page = await phonePage()
    await page.goto(stackUrl(membersOnly.path))
    await page.screenshot({ path: artifactPath('member-prompt-phone.png'), fullPage: true })
    await page.getByRole('link', { name: '登录阅读' }).click()
    await signInOnPortal(page, member.email, member.password)
    await expect.poll(() => new URL(page.url()).pathname).toBe(membersOnly.path)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(membersOnly.title)
    await expect(page.getByRole('button', { name: '退出登录' }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: artifactPath('member-reading-phone.png'), fullPage: true })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.goto(stackUrl('/articles?topic=party-branch'))
    await expect(page.content()).resolves.toContain(membersOnly.title)

    await page.getByRole('button', { name: '退出登录' }).click()
    await page.goto(stackUrl(membersOnly.path))
    await expect(page.content()).resolves.not.toContain(membersOnly.bodyText)
    await page.context().close()
  })

  it('shares the session with the CMS on the one origin', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const page = await phonePage()
    await page.goto(stackUrl('/login'))
    await signInOnPortal(page, member.email, member.password)
    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user?.email).toBe(member.email)
    await page.context().close()
  })

  it('signs in with a login id instead of an e-mail', async () => {
    const loginId = `139${String(Date.now()).slice(-8)}`
    const created = await apiJson('/api/users', {
      token: adminToken,
      method: 'POST',
      body: { username: loginId, password: 'correct-horse-battery', name: '王建国', role: 'member' },
    })
    expect(created.status).toBe(201)
    const page = await phonePage()
    await page.goto(stackUrl(`/login?next=${encodeURIComponent(membersOnly.path)}`))
    await signInOnPortal(page, loginId, 'correct-horse-battery')
    await expect.poll(() => new URL(page.url()).pathname).toBe(membersOnly.path)
    await expect(page.getByText('王建国').isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('explains a wrong password in Chinese, then throttles that address only after five failures', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const attempt = (password: string, address: string) =>
      fetch(stackUrl('/login'), {
        method: 'POST',
        headers: {
          origin: new URL(stackUrl('/')).origin,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': address,
        },
        body: new URLSearchParams({ loginId: member.email, password }),
        redirect: 'manual',
      })
    const wrong = await attempt('wrong-password', '198.51.100.33')
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('账号或密码不正确')
    for (let failures = 1; failures < 5; failures++) await attempt('wrong-password', '198.51.100.33')
    const throttled = await attempt(member.password, '198.51.100.33')
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await throttled.text()).toContain('登录尝试过于频繁')
    expect((await attempt(member.password, '198.51.100.34')).status).toBe(303)
    const empty = await attempt('', '198.51.100.34')
    expect(empty.status).toBe(400)
    expect(await empty.text()).toContain('请输入账号和密码')
  })

  it('resets a forgotten password through the e-mailed link', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const page = await phonePage()
    await page.goto(stackUrl('/login'))
    await page.getByRole('link', { name: '忘记密码？' }).click()
    await page.getByLabel('邮箱').fill(member.email)
    await page.getByRole('button', { name: '发送重置邮件' }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain('重置密码的邮件已经发出')
    const link = await resetLinkFor(member.email)
    expect(new URL(link).origin).toBe(new URL(stackUrl('/')).origin)

    await page.goto(link)
    await page.getByLabel('新密码', { exact: true }).fill('new-secret-2026')
    await page.getByLabel('再次输入新密码').fill('different-2026')
    await page.getByRole('button', { name: '保存并登录' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('两次输入的密码不一致')
    await page.goto(link)
    await page.getByLabel('新密码', { exact: true }).fill('new-secret-2026')
    await page.getByLabel('再次输入新密码').fill('new-secret-2026')
    await page.getByRole('button', { name: '保存并登录' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('button', { name: '退出登录' }).isVisible()).resolves.toBe(true)
    await expect(loginToken({ email: member.email, password: 'new-secret-2026' })).resolves.toBeTruthy()
    await page.context().close()
  })

  it('never writes passwords or reset tokens to the server log', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    await fetch(stackUrl('/login'), {
      method: 'POST',
      headers: { origin: new URL(stackUrl('/')).origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ loginId: member.email, password: 'typo-in-my-password' }),
    })
    await apiJson('/api/users/forgot-password', { method: 'POST', body: { email: member.email } })
    const token = new URL(await resetLinkFor(member.email)).searchParams.get('token') as string
    const log = await readFile(artifactPath('stack.log'), 'utf8')
    for (const secret of ['typo-in-my-password', 'new-secret-2026', 'correct-horse-battery', token]) expect(log).not.toContain(secret)
  })

  it('tells a member outside the chosen organizations that the item is not for them', async () => {
    const organization = await apiJson<{ doc: { id: number } }>('/api/organizations', {
      token: adminToken,
      method: 'POST',
      body: { name: `第${Date.now() % 1000}党支部`, kind: 'branch' },
    })
    expect(organization.status).toBe(201)
    const article = await apiJson<{ doc: Article }>('/api/articles', {
      token: adminToken,
      method: 'POST',
      body: buildArticle({ _status: 'published', visibility: 'organizations', organizations: [organization.body.doc.id] }),
    })
    expect(article.status).toBe(201)
    const outsider = await createUserViaApi(adminToken, 'member')
    const page = await phonePage()
    await page.goto(stackUrl('/login'))
    await signInOnPortal(page, outsider.email, outsider.password)
    const response = await page.goto(stackUrl(`/articles/${article.body.doc.slug}`))
    expect(response?.status()).toBe(403)
    await expect(page.content()).resolves.toContain('暂无阅读权限')
    await expect(page.content()).resolves.not.toContain(article.body.doc.title)
    await page.context().close()
  })
})

/** The reset link in the newest e-mail to `email` in the stack's outbox (no SMTP in tests). */
async function resetLinkFor(email: string): Promise<string> {
  const outbox = path.join(inject('stackDataDir'), 'outbox')
  let link: string | undefined
  await expect
    .poll(async () => {
      for (const file of (await readdir(outbox).catch(() => [])).sort().reverse()) {
        const message = JSON.parse(await readFile(path.join(outbox, file), 'utf8')) as { to: string; html: string }
        if (message.to === email) link = /href="([^"]+)"/.exec(message.html)?.[1]?.replaceAll('&amp;', '&')
        if (link) return link
      }
      return undefined
    })
    .toBeTruthy()
  return link as string
}
