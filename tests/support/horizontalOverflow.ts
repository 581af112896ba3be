import type { Page } from 'playwright-core'

/** How many CSS pixels the page is wider than its viewport (0 when nothing makes a phone scroll sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
