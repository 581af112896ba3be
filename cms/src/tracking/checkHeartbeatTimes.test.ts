import { describe, expect, it } from 'vitest'
import { checkHeartbeatTimes } from './checkHeartbeatTimes'
import type { Heartbeat } from './readingEventBatch'

const now = new Date('2026-11-22T08:00:00Z')
const at = (secondsBeforeNow: number) => new Date(now.getTime() - secondsBeforeNow * 1000)
const beat = (secondsBeforeNow: number, activeSeconds: number, watched: Array<[number, number]> = []): Heartbeat => ({
  id: crypto.randomUUID(),
  collection: 'articles',
  itemId: 1,
  occurredAt: at(secondsBeforeNow),
  activeSeconds,
  scrollPercent: 0,
  watched,
})

describe('checkHeartbeatTimes', () => {
  it.each([
    ['a first heartbeat', [beat(0, 60)], null, undefined],
    ['heartbeats that fit the time between them', [beat(30, 15), beat(15, 15), beat(0, 15)], at(45), undefined],
    ['heartbeats sent out of order', [beat(0, 15), beat(15, 15)], at(30), undefined],
    ['zero-second heartbeats before the previous one', [beat(120, 0)], at(0), undefined],
    ['a heartbeat 3 s ahead of the server (clock skew)', [beat(-3, 15)], null, undefined],
    ['a heartbeat in the future', [beat(-60, 15)], null, 'tracking.futureTimestamp'],
    ['a heartbeat older than a week', [beat(8 * 86_400, 15)], null, 'tracking.staleEvent'],
    ['more seconds than since the previous heartbeat', [beat(0, 30)], at(10), 'tracking.exceedsWallClock'],
    ['two heartbeats claiming the same minute', [beat(60, 60), beat(59, 60)], null, 'tracking.exceedsWallClock'],
    ['played seconds at double speed', [beat(0, 15, [[0, 30]])], null, undefined],
    ['more played seconds than double speed allows', [beat(0, 15, [[0, 40]])], null, 'tracking.watchedExceedsTime'],
  ] as const)('%s → %s', (_case, events, previous, code) => {
    expect(checkHeartbeatTimes([...events], previous, now)?.code).toBe(code)
  })
})
