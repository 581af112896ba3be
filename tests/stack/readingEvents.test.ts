import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { messages } from '../../cms/src/i18n/messages'
import { apiJson, loginToken } from '../support/cmsApi'
import {
  createStackMember,
  creditedTotals,
  itemIdOf,
  openStackVisit,
  postHeartbeats,
  type StackMember,
  trackingRows,
  visitOpenedAt,
} from '../support/trackingApi'

let adminToken: string
let articleId: number

beforeAll(async () => {
  adminToken = await loginToken()
  articleId = await itemIdOf('articles', 'red-family-tradition')
})

const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString()
// A heartbeat of the member's visit to the article, which the CMS opened a minute ago.
const heartbeat = (member: StackMember, overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  collection: 'articles',
  itemId: articleId,
  visit: visitOpenedAt(member, 'articles', articleId, new Date(Date.now() - 60_000)),
  occurredAt: secondsAgo(0),
  activeSeconds: 15,
  scrollPercent: 30,
  ...overrides,
})

// Every refusal: a 4xx, a stable code, its Chinese message, and nothing written for the member.
const refusals: Array<[rule: string, status: number, code: keyof typeof messages, body: (member: StackMember) => unknown]> = [
  ['a body that is not JSON', 400, 'tracking.invalidBatch', () => '{"events": ['],
  ['an empty batch', 400, 'tracking.invalidBatch', () => ({ events: [] })],
  ['an event id that is not a UUID', 400, 'tracking.invalidBatch', (member) => ({ events: [heartbeat(member, { id: 'abc' })] })],
  [
    'an oversized batch',
    413,
    'tracking.batchTooLarge',
    (member) => ({ events: Array.from({ length: 101 }, () => heartbeat(member, { activeSeconds: 0 })) }),
  ],
  [
    'an unknown item',
    422,
    'tracking.unknownItem',
    (member) => ({ events: [heartbeat(member, { itemId: 999_999, visit: visitOpenedAt(member, 'articles', 999_999, new Date()) })] }),
  ],
  ['a collection that is not tracked', 422, 'tracking.unknownItem', (member) => ({ events: [heartbeat(member, { collection: 'users' })] })],
  ['negative seconds', 400, 'tracking.negativeSeconds', (member) => ({ events: [heartbeat(member, { activeSeconds: -5 })] })],
  [
    'more than a minute in one heartbeat',
    400,
    'tracking.oversizedSeconds',
    (member) => ({ events: [heartbeat(member, { activeSeconds: 61 })] }),
  ],
  [
    'a timestamp in the future',
    422,
    'tracking.futureTimestamp',
    (member) => ({ events: [heartbeat(member, { occurredAt: secondsAgo(-3600) })] }),
  ],
  [
    'a heartbeat older than a week',
    422,
    'tracking.staleEvent',
    (member) => ({ events: [heartbeat(member, { occurredAt: secondsAgo(8 * 86_400) })] }),
  ],
  [
    'a heartbeat without a visit ticket',
    422,
    'tracking.invalidVisit',
    (member) => ({ events: [{ ...heartbeat(member), visit: undefined }] }),
  ],
  [
    'a visit ticket the CMS did not sign',
    422,
    'tracking.invalidVisit',
    (member) => ({ events: [heartbeat(member, { visit: 'v1.forged' })] }),
  ],
  [
    'another member’s visit ticket',
    422,
    'tracking.invalidVisit',
    (member) => ({ events: [heartbeat(member, { visit: visitOpenedAt({ id: member.id + 1 }, 'articles', articleId, new Date()) })] }),
  ],
  [
    'a watched range that ends before it starts',
    400,
    'tracking.invalidRange',
    (member) => ({ events: [heartbeat(member, { watched: [[20, 10]] })] }),
  ],
  ['another member’s id', 403, 'tracking.otherMember', (member) => ({ memberId: member.id + 1, events: [heartbeat(member)] })],
]

describe('POST /api/reading-events', () => {
  it.each(refusals)('refuses %s (%i %s) and writes nothing', async (_rule, status, code, body) => {
    const member = await createStackMember(adminToken)
    const response = await postHeartbeats(body(member), member.token)
    expect(response.status).toBe(status)
    const [error] = response.body.errors as Array<{ message: string; data: { code: string } }>
    expect(error?.data.code).toBe(code)
    expect(error?.message).toMatch(/[\u4e00-\u9fff]/)
    for (const table of ['reading_events', 'reading_progress', 'study_daily'] as const) {
      expect(await trackingRows(table, member.id)).toBe(0)
    }
  })

  it('refuses anonymous heartbeats', async () => {
    const response = await postHeartbeats({ events: [heartbeat({ id: 1 } as StackMember)] })
    expect(response.status).toBe(401)
    expect((response.body.errors as Array<{ data: { code: string } }>)[0]?.data.code).toBe('tracking.loginRequired')
  })

  it('stops recording a member’s heartbeats as soon as they log out', async () => {
    const member = await createStackMember(adminToken)
    expect((await postHeartbeats({ events: [heartbeat(member, { occurredAt: secondsAgo(15) })] }, member.token)).status).toBe(200)
    expect((await apiJson('/api/users/logout', { method: 'POST', token: member.token })).status).toBe(200)

    const afterLogout = await postHeartbeats({ events: [heartbeat(member)] }, member.token)
    expect(afterLogout.status).toBe(401)
    expect((afterLogout.body.errors as Array<{ data: { code: string } }>)[0]?.data.code).toBe('tracking.loginRequired')
    expect(await trackingRows('reading_events', member.id)).toBe(1)
  })

  it('opens a visit only for a signed-in member and an item they may read, and credits nothing before it began', async () => {
    const member = await createStackMember(adminToken)
    expect((await apiJson(`/api/study/visit/articles/${articleId}`)).status).toBe(401)
    expect((await apiJson('/api/study/visit/articles/999999', { token: member.token })).status).toBe(404)
    expect((await apiJson('/api/study/visit/articles/2147483648', { token: member.token })).status).toBe(404)
    const visit = await openStackVisit(member, 'articles', articleId)
    const minute = heartbeat(member, { visit: visit.ticket, occurredAt: secondsAgo(0), activeSeconds: 60 })
    expect(await postHeartbeats({ events: [minute] }, member.token)).toMatchObject({ status: 200, body: { accepted: 1 } })
    const credited = await creditedTotals(member.id)
    expect(credited.daily).toBeLessThanOrEqual(Math.ceil((Date.now() - visit.startedAt.getTime()) / 1000))
  })

  it('records a batch once and acknowledges it again without effect when resent', async () => {
    const member = await createStackMember(adminToken)
    const batch = { memberId: member.id, events: [heartbeat(member, { occurredAt: secondsAgo(15) }), heartbeat(member)] }
    expect(await postHeartbeats(batch, member.token)).toMatchObject({ status: 200, body: { accepted: 2, duplicates: 0 } })
    expect(await postHeartbeats(batch, member.token)).toMatchObject({ status: 200, body: { accepted: 0, duplicates: 2 } })
    expect(await trackingRows('reading_events', member.id)).toBe(2)
    const summary = await apiJson<{ seconds: { today: number } }>('/api/study/summary', { token: member.token })
    expect(summary.body.seconds.today).toBe(30)
  })
})

describe('members see only their own records', () => {
  it('shows each member only their own summary and favorites', async () => {
    const [reader, other] = [await createStackMember(adminToken), await createStackMember(adminToken)]
    await postHeartbeats({ events: [heartbeat(reader)] }, reader.token)
    const favorite = `/api/study/favorites/articles/${articleId}`
    expect(await apiJson(favorite, { token: reader.token, method: 'PUT' })).toMatchObject({ status: 200, body: { favorite: true } })

    expect(await apiJson(favorite, { token: other.token })).toMatchObject({ status: 200, body: { favorite: false } })
    const theirs = await apiJson<{ seconds: { total: number }; favorites: unknown[]; inProgress: unknown[] }>('/api/study/summary', {
      token: other.token,
    })
    expect(theirs.body).toMatchObject({ seconds: { total: 0 }, favorites: [], inProgress: [] })
    // Removing "their" favorite only touches the other member's own (empty) list.
    await apiJson(favorite, { token: other.token, method: 'DELETE' })
    expect(await trackingRows('favorites', reader.id)).toBe(1)

    const mine = await apiJson<{ favorites: Array<{ itemId: number }>; inProgress: Array<{ itemId: number }> }>('/api/study/summary', {
      token: reader.token,
    })
    expect(mine.body.favorites).toMatchObject([{ itemId: articleId }])
    expect(mine.body.inProgress).toMatchObject([{ itemId: articleId }])
    expect(await apiJson(favorite, { token: reader.token, method: 'DELETE' })).toMatchObject({ body: { favorite: false } })
  })

  it('answers the summary and favorites only to signed-in members', async () => {
    expect((await apiJson('/api/study/summary')).status).toBe(401)
    expect((await apiJson(`/api/study/favorites/articles/${articleId}`, { method: 'PUT' })).status).toBe(401)
  })
})
