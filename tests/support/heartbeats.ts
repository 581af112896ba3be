import { randomUUID } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import type { Pool } from 'pg'
import type { User } from '../../cms/src/payload-types'
import { buildStudySummary } from '../../cms/src/tracking/buildStudySummary'
import { loadPointsRules } from '../../cms/src/tracking/loadPointsRules'
import type { Heartbeat } from '../../cms/src/tracking/readingEventBatch'
import { recordMemberHeartbeats } from '../../cms/src/tracking/recordMemberHeartbeats'
import type { TrackedCollection } from '../../cms/src/tracking/trackedCollections'

/** A heartbeat as the tracker sends it (JSON): `seconds` of active reading ending at `at`. Override any field. */
export function buildHeartbeat(
  item: { collection: TrackedCollection; id: number },
  overrides: Partial<Omit<Heartbeat, 'occurredAt'>> & { occurredAt?: Date } = {},
): Heartbeat {
  return {
    id: randomUUID(),
    collection: item.collection,
    itemId: item.id,
    occurredAt: new Date(),
    activeSeconds: 15,
    scrollPercent: 10,
    watched: [],
    ...overrides,
  }
}

/** A series of heartbeats on one item, `seconds` apart and ending now, each claiming `seconds` of activity. */
export function heartbeatSeries(
  item: { collection: TrackedCollection; id: number },
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

/** Records heartbeats as the member would through the endpoint (Local API request, same domain function). */
export async function recordAs(payload: Payload, member: User, events: Heartbeat[], now?: Date) {
  return recordMemberHeartbeats(await createLocalReq({ user: { ...member, collection: 'users' } }, payload), events, now)
}

/** The member's own study summary, as the summary endpoint builds it. */
export async function summaryOf(payload: Payload, member: User, now = new Date()) {
  const req = await createLocalReq({ user: { ...member, collection: 'users' } }, payload)
  return buildStudySummary(req, { pool: payload.db.pool as unknown as Pool, rules: await loadPointsRules(payload), now })
}
