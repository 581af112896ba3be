import { describe, expect, it } from 'vitest'
import { type ClaimedHeartbeat, creditHeartbeats, type HeartbeatCredit, type Span, secondMarksIn } from './creditHeartbeats'

// Whole seconds, so spans and marks read plainly.
const arrival = new Date('2026-11-22T08:00:00.000Z')
const t = (secondsBeforeArrival: number) => arrival.getTime() - secondsBeforeArrival * 1000
const beat = (
  endsBefore: number,
  activeSeconds: number,
  visitStartedBefore = 3600,
  watched: Array<[number, number]> = [],
): ClaimedHeartbeat => ({
  occurredAt: new Date(t(endsBefore)),
  activeSeconds,
  watched,
  visitStartedAt: new Date(t(visitStartedBefore)),
})
const credit = (heartbeats: ClaimedHeartbeat[], credited: Span[] = []): HeartbeatCredit[] => {
  const result = creditHeartbeats(heartbeats, credited, arrival)
  if ('rejection' in result) throw new Error(result.rejection.code)
  return result.credits
}
const seconds = (credits: HeartbeatCredit[]) => credits.map((entry) => entry.seconds)

describe('creditHeartbeats', () => {
  it('credits heartbeats that follow one another in full', () => {
    expect(seconds(credit([beat(30, 15), beat(15, 15), beat(0, 15)]))).toEqual([15, 15, 15])
  })

  it('credits the same minute once, however many heartbeats claim it, in any order', () => {
    expect(seconds(credit([beat(0, 60), beat(0, 60), beat(1, 60)]))).toEqual([1, 0, 60])
  })

  it('credits only the part of a claim not already credited on another item, tab or device', () => {
    expect(seconds(credit([beat(0, 30)], [[t(20), t(10)]]))).toEqual([20])
  })

  it('credits nothing before the visit began', () => {
    expect(seconds(credit([beat(100, 15, 50), beat(45, 15, 50)]))).toEqual([0, 5])
  })

  it('credits nothing after the batch arrived: a heartbeat stamped ahead of its arrival earns only time up to it', () => {
    expect(seconds(credit([beat(-30, 60)]))).toEqual([30])
  })

  it('credits a visit for at most four hours after it was opened', () => {
    const opened = 5 * 3600
    expect(seconds(credit([beat(opened - 4 * 3600 - 30, 60, opened), beat(60, 60, opened)]))).toEqual([30, 0])
  })

  it('credits a heartbeat delivered late from an offline queue, inside its visit', () => {
    expect(seconds(credit([beat(2 * 86_400, 15, 2 * 86_400 + 60)]))).toEqual([15])
  })

  it('cuts played media seconds to twice the seconds credited, with nothing carried over', () => {
    const [played, replayed] = credit([beat(15, 15, 3600, [[0, 40]]), beat(15, 15, 3600, [[40, 76]])])
    expect(played).toMatchObject({ seconds: 15, watched: [[0, 30]] })
    expect(replayed).toMatchObject({ seconds: 0, watched: [] })
  })

  it('dates a heartbeat by the time it earned, never after its arrival or before its visit', () => {
    const [ahead, early] = credit([beat(-30, 60), beat(200, 15, 100)])
    expect(ahead?.creditedAt).toEqual(arrival)
    expect(early?.creditedAt).toEqual(new Date(t(100)))
  })

  it.each([
    ['more than a minute ahead of its arrival', beat(-61, 15), 'tracking.futureTimestamp'],
    ['older than a week', beat(8 * 86_400, 15, 8 * 86_400 + 60), 'tracking.staleEvent'],
  ])('refuses a batch with a heartbeat %s', (_case, heartbeat, code) => {
    expect(creditHeartbeats([heartbeat], [], arrival)).toEqual({ rejection: { code, status: 422 } })
  })
})

describe('secondMarksIn', () => {
  it('counts each whole second once across adjacent spans, never more than the time they cover rounded up', () => {
    expect(secondMarksIn([500, 1500]) + secondMarksIn([1500, 2500])).toBe(2)
    expect(secondMarksIn([1200, 1900])).toBe(0)
    expect(secondMarksIn([999, 1000])).toBe(1)
  })
})
