import { randomUUID } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { launchChromium } from '../support/launchChromium'
import { createStackMember, creditedTotals, itemIdOf, postHeartbeats, type StackMember } from '../support/trackingApi'

// A member reads an article and plays a video for real in Chromium; the test captures what the tracker
// sent, then replays it mutated every way a member could. Whatever is sent, the member's credit may grow
// by at most the real time that passed around the whole test, and the video is not complete.
type Sent = { memberId?: number; events: Array<Record<string, unknown> & { occurredAt: string; activeSeconds: number }> }

let browser: Browser
let adminToken: string

beforeAll(async () => {
  browser = await launchChromium()
  adminToken = await loginToken()
})

afterAll(async () => {
  await browser?.close()
})

/** Collects the tracker's requests into `sent`, as the page sent them. */
function captureTracker(page: Page, sent: Sent[]): void {
  page.on('request', (request) => {
    if (request.url().endsWith('/api/reading-events') && request.method() === 'POST') sent.push(JSON.parse(request.postData() ?? '{}'))
  })
}

/** The page is hidden and shown again, as when the member switches tabs: the tracker sends what it counted. */
async function hideAndShow(page: Page) {
  for (const state of ['hidden', 'visible']) {
    await page.evaluate((visibility) => {
      Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }, state)
  }
}

const secondsFrom = (at: string, seconds: number) => new Date(Date.parse(at) + seconds * 1000).toISOString()
const fresh = (event: Sent['events'][number], changes: Record<string, unknown> = {}) => ({ ...event, id: randomUUID(), ...changes })

describe('study credit forgery', () => {
  it('credits replayed and mutated tracker requests with at most the real time that passed', async () => {
    const startedAt = Date.now()
    const member: StackMember = await createStackMember(adminToken)
    const context = await browser.newContext({ locale: 'zh-CN' })
    await context.addCookies([{ name: 'payload-token', value: member.token, url: stackUrl('/') }])
    const [page, otherTab] = [await context.newPage(), await context.newPage()]
    const sent: Sent[] = []
    for (const tab of [page, otherTab]) captureTracker(tab, sent)
    const captured = () => sent.flatMap((batch) => batch.events)

    // Real reading in two tabs at once: scroll both articles until the tracker of each has sent counted time.
    await page.goto(stackUrl('/articles/red-family-tradition'))
    await otherTab.goto(stackUrl('/articles/serving-the-people'))
    const [articleId, otherArticleId] = [
      await itemIdOf('articles', 'red-family-tradition'),
      await itemIdOf('articles', 'serving-the-people'),
    ]
    const readIn = (itemId: number) => captured().some((event) => event.itemId === itemId && event.activeSeconds > 0)
    await expect
      .poll(
        async () => {
          for (const tab of [page, otherTab]) {
            await tab.mouse.wheel(0, 300)
            await hideAndShow(tab)
          }
          return readIn(articleId) && readIn(otherArticleId)
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true)

    // Real watching: a few seconds of the 76 s video, muted.
    await page.goto(stackUrl('/videos/micro-reading-circle'))
    await page.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement
      video.muted = true
      return video.play()
    })
    await expect.poll(() => page.evaluate(() => document.querySelector('video')?.currentTime ?? 0), { timeout: 30_000 }).toBeGreaterThan(3)
    await hideAndShow(page)
    await expect.poll(() => captured().some((event) => Array.isArray(event.watched) && event.watched.length > 0)).toBe(true)
    await context.close()

    const events = captured()
    const last = events.at(-1) as Sent['events'][number]
    const article = events.filter((event) => event.itemId === articleId)
    const otherTicket = events.find((event) => event.itemId === otherArticleId)?.visit
    const video = events.filter((event) => event.collection === 'videos')
    const replays: Array<Sent['events']> = [
      events,
      events.map((event) => fresh(event)),
      Array.from({ length: 100 }, () => fresh(last, { activeSeconds: 5 })),
      events.flatMap((event) =>
        Array.from({ length: 20 }, (_, back) => fresh(event, { occurredAt: secondsFrom(event.occurredAt, -60 * back), activeSeconds: 60 })),
      ),
      events.map((event) => fresh(event, { occurredAt: secondsFrom(event.occurredAt, 50), activeSeconds: 60 })),
      article.map((event) => fresh(event, { itemId: otherArticleId })),
      article.map((event) => fresh(event, { itemId: otherArticleId, visit: otherTicket, activeSeconds: 60 })),
      video.flatMap((event) =>
        Array.from({ length: 6 }, (_, part) => fresh(event, { activeSeconds: 5, watched: [[part * 13, part * 13 + 13]] })),
      ),
    ]
    const send = async (token: string) => {
      for (const events of replays) {
        for (let start = 0; start < events.length; start += 100) await postHeartbeats({ events: events.slice(start, start + 100) }, token)
      }
    }
    await send(member.token)
    // Signed out and in again: the old page's tickets still name the member, and still earn nothing more.
    await apiJson('/api/users/logout', { method: 'POST', token: member.token })
    await send(await loginToken(member))

    const credit = await creditedTotals(member.id)
    const realSeconds = Math.floor(Date.now() / 1000) - Math.floor(startedAt / 1000)
    expect(credit.daily).toBeGreaterThan(0)
    expect(credit.daily).toBeLessThanOrEqual(realSeconds)
    expect(credit.progress).toBe(credit.daily)
    expect(credit.watched).toBeLessThanOrEqual(2 * realSeconds)
    expect(credit.completed).not.toContain(`videos:${await itemIdOf('videos', 'micro-reading-circle')}`)
  })
})
