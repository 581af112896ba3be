import { describe, expect, it } from 'vitest'
import { readingEventBatchSchema } from './readingEventBatch'

const valid = {
  id: '4f1c2e8a-9b7d-4c3e-8a1f-2b3c4d5e6f70',
  collection: 'videos',
  itemId: 7,
  visit: 'v1.ticket',
  occurredAt: '2026-11-22T08:00:00.000Z',
  activeSeconds: 15,
  scrollPercent: 40,
  watched: [[0, 15]],
}
const codeOf = (body: unknown) => {
  const parsed = readingEventBatchSchema.safeParse(body)
  return parsed.success ? 'ok' : parsed.error.issues[0]?.message
}

describe('readingEventBatchSchema', () => {
  it.each([
    ['a valid heartbeat', { events: [valid] }, 'ok'],
    ['no events', { events: [] }, 'tracking.invalidBatch'],
    ['not an object', 'events', 'tracking.invalidBatch'],
    ['101 events', { events: Array.from({ length: 101 }, () => valid) }, 'tracking.batchTooLarge'],
    ['an id that is not a UUID', { events: [{ ...valid, id: '42' }] }, 'tracking.invalidBatch'],
    ['an untracked collection', { events: [{ ...valid, collection: 'users' }] }, 'tracking.unknownItem'],
    ['no visit ticket', { events: [{ ...valid, visit: undefined }] }, 'tracking.invalidVisit'],
    ['a negative item id', { events: [{ ...valid, itemId: -1 }] }, 'tracking.unknownItem'],
    ['negative seconds', { events: [{ ...valid, activeSeconds: -1 }] }, 'tracking.negativeSeconds'],
    ['fractional seconds', { events: [{ ...valid, activeSeconds: 1.5 }] }, 'tracking.invalidBatch'],
    ['over a minute', { events: [{ ...valid, activeSeconds: 61 }] }, 'tracking.oversizedSeconds'],
    ['scroll over 100 %', { events: [{ ...valid, scrollPercent: 101 }] }, 'tracking.invalidBatch'],
    ['a time without zone', { events: [{ ...valid, occurredAt: '2026-11-22 08:00' }] }, 'tracking.invalidBatch'],
    ['a reversed watched range', { events: [{ ...valid, watched: [[15, 0]] }] }, 'tracking.invalidRange'],
    ['a media duration over a day', { events: [{ ...valid, mediaSeconds: 90_000 }] }, 'tracking.oversizedSeconds'],
    ['a member id that is not a number', { memberId: 'me', events: [valid] }, 'tracking.invalidBatch'],
  ])('%s → %s', (_case, body, code) => {
    expect(codeOf(body)).toBe(code)
  })
})
