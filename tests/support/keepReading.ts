import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Keeps a member reading the open page (scrolling, the tracker's clock run past its next heartbeat) until
 * `done` holds. Study credit is bounded by real time since the page opened its visit, so a controlled
 * clock alone earns nothing: each round waits for real time to pass too.
 */
export async function keepReading(page: Page, done: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 200)
        await page.clock.runFor(16_000)
        return done()
      },
      { timeout, interval: 1000 },
    )
    .toBe(true)
}
