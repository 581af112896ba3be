import type { ContentChange } from '@xuexi/contract/changes/ContentChange'
import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import type { Payload } from 'payload'
import { followContentChanges } from '../changes/followContentChanges'
import { forgetTrackedItems } from './findTrackedItems'
import { forgetPointsRules } from './loadPointsRules'
import { forgetSignedInUsers } from './signedInUser'

/** Keeps the study-tracking server's read caches (items, sign-ins, points rules) in step with the change record. */
export function followTrackingChanges(payload: Payload): void {
  // Subscribed at once; while PostgreSQL is away the feed keeps trying (and logs why), and catches up.
  followContentChanges(payload, 'study tracking caches', forgetChanged).catch(() => undefined)
}

function forgetChanged(changes: ContentChange[]): void {
  const tracked = new Set<string>(trackedCollections)
  const users = changes.filter((change) => change.collection === 'users').map((change) => change.id)
  forgetTrackedItems({
    items: changes.filter((change) => tracked.has(change.collection)).map((change) => `${change.collection}:${change.id}`),
    users,
    organizationsChanged: changes.some((change) => change.collection === 'organizations'),
  })
  forgetSignedInUsers(users)
  if (changes.some((change) => change.collection === 'points-rules')) forgetPointsRules()
}
