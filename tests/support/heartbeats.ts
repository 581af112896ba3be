import { randomUUID } from 'node:crypto'
import type { User } from '@xuexi/contract/payload-types'
import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import { createLocalReq, type Payload } from 'payload'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { buildStudySummary } from '../../cms/src/tracking/buildStudySummary'
import { loadPointsRules } from '../../cms/src/tracking/pointsRules'
import type { Heartbeat } from '../../cms/src/tracking/readingEventBatch'
import { recordMemberHeartbeats } from '../../cms/src/tracking/recordReadingEvents'
import { openVisit, signVisitTicket } from '../../cms/src/tracking/visitTicket'

type Item = { collection: TrackedCollection; id: number }

/** A heartbeat as the tracker sends it (JSON): `seconds` of active reading ending at `at`. Override any field. */
export function buildHeartbeat(item: Item, overrides: Partial<Omit<Heartbeat, 'occurredAt'>> & { occurredAt?: Date } = {}): Heartbeat {
  return {
    id: randomUUID(),
    collection: item.collection,
    itemId: item.id,
    visit: '',
    occurredAt: new Date(),
    activeSeconds: 15,
    scrollPercent: 10,
    watched: [],
    ...overrides,
  }
}

/** A series of heartbeats on one item, `seconds` apart and ending now, each claiming `seconds` of activity. */
export function heartbeatSeries(
  item: Item,
  count: number,
  overrides: (index: number) => Partial<Omit<Heartbeat, 'occurredAt'>> = () => ({}),
  seconds = 15,
  endAt = new Date(),
): Heartbeat[] {
  return Array.from({ length: count }, (_, index) =>
    buildHeartbeat(item, {
      activeSeconds: seconds,
      ...overrides(index),
      occurredAt: new Date(endAt.getTime() - (count - 1 - index) * seconds * 1000),
    }),
  )
}

/** The ticket of a visit the server opened for the member on the item at `startedAt` (as the portal gets it on rendering the page). */
export function visitTicket(payload: Payload, member: User, item: Item, startedAt = new Date()): string {
  return signVisitTicket(payload.secret, openVisit({ memberId: member.id, collection: item.collection, itemId: item.id }, startedAt))
}

/**
 * Records heartbeats as the member would through the endpoint (Local API request, same domain function).
 * Heartbeats without a visit get one the server opened when their item's earliest claimed activity began,
 * as if the member had opened the page then.
 */
export async function recordAs(payload: Payload, member: User, events: Heartbeat[], now?: Date) {
  const opened = new Map<string, string>()
  const withVisits = events.map((event) => {
    if (event.visit) return event
    const key = `${event.collection}:${event.itemId}`
    if (!opened.has(key)) {
      const starts = events
        .filter((other) => !other.visit && `${other.collection}:${other.itemId}` === key)
        .map((other) => other.occurredAt.getTime() - other.activeSeconds * 1000)
      opened.set(key, visitTicket(payload, member, { collection: event.collection, id: event.itemId }, new Date(Math.min(...starts))))
    }
    return { ...event, visit: opened.get(key) as string }
  })
  return recordMemberHeartbeats(await createLocalReq({ user: { ...member, collection: 'users' } }, payload), withVisits, now)
}

/** The member's own study summary, as the summary endpoint builds it. */
export async function summaryOf(payload: Payload, member: User, now = new Date()) {
  const req = await createLocalReq({ user: { ...member, collection: 'users' } }, payload)
  return buildStudySummary(req, { pool: databaseOf(payload), rules: await loadPointsRules(payload), now })
}
