import type { Page } from 'playwright-core'

/** Fills in and submits the portal's sign-in form on a page that shows it (`/login`). */
export async function signInOnPortal(page: Page, loginId: string, password: string): Promise<void> {
  await page.getByLabel('账号').fill(loginId)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
}
