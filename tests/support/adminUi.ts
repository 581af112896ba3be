import type { Page } from 'playwright-core'
import { stackUrl } from './cmsApi'

/** Signs in to the Payload admin (of the test stack, or of another origin) and waits for the dashboard. */
export async function adminLogin(
  page: Page,
  credentials: { email: string; password: string },
  loginUrl = stackUrl('/admin/login'),
): Promise<void> {
  await page.goto(loginUrl)
  // Users sign in with an e-mail or a login id, so the admin shows one "e-mail or username" field.
  await page.locator('#field-username').fill(credentials.email)
  await page.locator('#field-password').fill(credentials.password)
  await page.locator('button[type=submit]').click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Picks an option of a Payload select field by its visible (Chinese) label. */
export async function chooseOption(page: Page, field: string, label: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).click()
}
