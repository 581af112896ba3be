import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import type { Heartbeat } from '../../cms/src/tracking/readingEventBatch'
import { createUser } from '../support/factories'
import { buildHeartbeat, recordAs, visitTicket } from '../support/heartbeats'
import { testPayload } from '../support/testPayload'
import { publishedArticle, publishedVideo } from '../support/trackedItems'

// Each attack below is what a member can do by replaying or editing their own tracker's requests. The
// server opened a visit `opened` seconds before the batch arrives (`now`); whatever is sent, the member's
// credited time may grow by at most the real time that passed since then.
let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

type Item = { collection: 'articles' | 'videos'; id: number }

const secondsBefore = (at: Date, seconds: number) => new Date(at.getTime() - seconds * 1000)

/** Sends heartbeats as an attacker would: a refusal is simply ignored. */
async function attempt(member: User, events: Heartbeat[], now: Date) {
  return recordAs(payload, member, events, now).catch((error: { data?: { code?: string } }) => error.data?.code ?? 'error')
}

/** Everything the member was credited: study days (points, leaderboards) and progress (completion, checklists). */
async function creditOf(member: User) {
  const { rows } = await pool.query<{ daily: number; progress: number; watched: number; completed: number }>(
    `select (select coalesce(sum(seconds), 0) from study_daily where user_id = $1)::int as daily,
       (select coalesce(sum(active_seconds), 0) from reading_progress where user_id = $1)::int as progress,
       (select coalesce(sum(upper(r) - lower(r)), 0) from reading_progress p, unnest(p.watched) r where p.user_id = $1)::int as watched,
       (select count(completed_at) from reading_progress where user_id = $1)::int as completed`,
    [member.id],
  )
  return rows[0] as { daily: number; progress: number; watched: number; completed: number }
}

async function expectCreditAtMost(member: User, seconds: number) {
  const credit = await creditOf(member)
  expect(credit.daily).toBeLessThanOrEqual(seconds)
  expect(credit.progress).toBe(credit.daily)
}

describe('study credit cannot be forged', () => {
  it('gives replayed heartbeats with fresh ids and identical timestamps nothing beyond the time that passed', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = visitTicket(payload, member, article, secondsBefore(now, 60))
    const read = [45, 30, 15, 0].map((before) =>
      buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, before), activeSeconds: 15 }),
    )
    await attempt(member, read, now)
    const replayed = Array.from({ length: 50 }, () => buildHeartbeat(article, { visit, occurredAt: now, activeSeconds: 5 }))
    await attempt(member, replayed, new Date(now.getTime() + 1000))
    await attempt(
      member,
      read.map((event) => ({ ...event, id: crypto.randomUUID() })),
      new Date(now.getTime() + 1000),
    )
    await expectCreditAtMost(member, 61)
    expect((await creditOf(member)).daily).toBeGreaterThanOrEqual(59)
  })

  it('credits nothing before the visit began: backdated heartbeats with large seconds', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = visitTicket(payload, member, article, secondsBefore(now, 43))
    const backdated = Array.from({ length: 90 }, (_, index) =>
      buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, 60 * index), activeSeconds: 60 }),
    )
    await attempt(member, backdated, now)
    await expectCreditAtMost(member, 43)
  })

  it('credits nothing after the batch arrived: heartbeats stamped ahead of time', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = visitTicket(payload, member, article, secondsBefore(now, 10))
    expect(
      await attempt(member, [buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, -4), activeSeconds: 60 })], now),
    ).toMatchObject({
      accepted: 1,
    })
    expect(await attempt(member, [buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, -3600) })], now)).toBe(
      'tracking.futureTimestamp',
    )
    await expectCreditAtMost(member, 10)
  })

  it('credits overlapping small heartbeats once: no tolerance adds up per heartbeat', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = visitTicket(payload, member, article, secondsBefore(now, 100))
    const overlapping = Array.from({ length: 100 }, (_, index) =>
      buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, 99 - index), activeSeconds: 6 }),
    )
    await attempt(member, overlapping, now)
    await expectCreditAtMost(member, 100)
  })

  it('credits two items read at once (two tabs or devices) once in all', async () => {
    const member = await createUser(payload, 'member')
    const [first, second] = [await publishedArticle(payload), await publishedArticle(payload)]
    const now = new Date()
    const tabs = [first, second].map((item) => ({ item, visit: visitTicket(payload, member, item, secondsBefore(now, 60)) }))
    for (let end = 55; end >= 0; end -= 5) {
      const beats = tabs.map(({ item, visit }) => buildHeartbeat(item, { visit, occurredAt: secondsBefore(now, end), activeSeconds: 5 }))
      await attempt(member, beats, secondsBefore(now, end))
    }
    await expectCreditAtMost(member, 60)
  })

  it.each([
    ['signed with another secret', (member: User, item: Item) => visitTicket({ secret: 'not-the-secret' } as Payload, member, item)],
    ['of another member', (_member: User, item: Item, other: User) => visitTicket(payload, other, item)],
    ['for another item', (member: User, item: Item) => visitTicket(payload, member, { ...item, id: item.id + 1 })],
    ['with its start moved back', (member: User, item: Item) => visitTicket(payload, member, item).replace(/\.(\d+)\.([^.]+)$/, '.1.$2')],
  ])('refuses a visit ticket %s and writes nothing', async (_case, forge) => {
    const [member, other] = [await createUser(payload, 'member'), await createUser(payload, 'member')]
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = forge(member, article, other)
    const events = Array.from({ length: 60 }, (_, index) =>
      buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, 60 * index), activeSeconds: 60 }),
    )
    expect(await attempt(member, events, now)).toBe('tracking.invalidVisit')
    expect(await creditOf(member)).toEqual({ daily: 0, progress: 0, watched: 0, completed: 0 })
  })

  it('credits a visit for at most four hours: a ticket kept from long ago earns nothing now', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const visit = visitTicket(payload, member, article, secondsBefore(now, 6 * 3600))
    const lately = Array.from({ length: 10 }, (_, index) =>
      buildHeartbeat(article, { visit, occurredAt: secondsBefore(now, 60 * index), activeSeconds: 60 }),
    )
    await attempt(member, lately, now)
    await expectCreditAtMost(member, 0)
  })

  it('bounds played media seconds by twice the credited time: a 76 s video is not complete after a few seconds', async () => {
    const member = await createUser(payload, 'member')
    const video = await publishedVideo(payload, '1:16')
    const now = new Date()
    const visit = visitTicket(payload, member, video, secondsBefore(now, 20))
    const played = Array.from({ length: 6 }, (_, index) =>
      buildHeartbeat(video, { visit, occurredAt: now, activeSeconds: 5, watched: [[index * 15, Math.min(76, index * 15 + 15)]] }),
    )
    await attempt(member, played, now)
    const credit = await creditOf(member)
    expect(credit.watched).toBeLessThanOrEqual(2 * credit.daily)
    expect(credit.daily).toBeLessThanOrEqual(20)
    expect(credit.completed).toBe(0)
  })

  it('still credits an offline queue delivered days later, after newer reading elsewhere', async () => {
    const member = await createUser(payload, 'member')
    const [phone, desktop] = [await publishedArticle(payload), await publishedArticle(payload)]
    const now = new Date()
    const today = visitTicket(payload, member, desktop, secondsBefore(now, 60))
    await attempt(member, [buildHeartbeat(desktop, { visit: today, occurredAt: now, activeSeconds: 60 })], now)
    const twoDaysAgo = secondsBefore(now, 2 * 86_400)
    const offline = visitTicket(payload, member, phone, secondsBefore(twoDaysAgo, 60))
    const queued = [45, 30, 15, 0].map((before) => buildHeartbeat(phone, { visit: offline, occurredAt: secondsBefore(twoDaysAgo, before) }))
    expect(await attempt(member, queued, new Date(now.getTime() + 1000))).toMatchObject({ accepted: 4 })
    expect(await creditOf(member)).toMatchObject({ daily: 120, progress: 120 })
  })
})
