import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import type { PayloadRequest } from 'payload'
import { databaseOf, type Pool } from '../../database/databaseOf'
import { t } from '../../i18n/messages'
import { findTrackedItems } from '../../tracking/trackedItems'
import { adminDocumentUrl, adminListUrl, contentLabel } from './adminLinks'
import { studyDuration } from './chinaTime'
import type { HomeSummary } from './HomeSummary'

const shown = 8

/** An item's reading in a period: how many members studied it and for how long (credited time). */
export interface ItemReading {
  collection: TrackedCollection
  itemId: number
  readers: number
  seconds: number
}

/**
 * The most read items of the `days` before `now`, by readers then study time: one aggregate over the
 * credited reading events in the period (credit dated by the time it lies in), at most `limit` rows.
 */
export async function readMostRead(pool: Pool, props: { now: Date; days: number; limit: number }): Promise<ItemReading[]> {
  const since = new Date(props.now.getTime() - props.days * 86_400_000)
  const { rows } = await pool.query<ItemReading>(
    `select collection, item_id as "itemId", count(distinct user_id)::int as readers, sum(credited_seconds)::int as seconds
     from reading_events
     where credited_seconds > 0 and credited_at > $1 and credited_at <= $2
     group by collection, item_id
     order by readers desc, seconds desc, collection, item_id
     limit $3`,
    [since, props.now, props.limit],
  )
  return rows
}

/** The home block of the most read items of the last `days` days, titled through the user's own access. */
export async function mostRead(req: PayloadRequest, props: { now: Date; days: number }): Promise<HomeSummary> {
  const readings = await readMostRead(databaseOf(req.payload), { ...props, limit: shown })
  const found = await findTrackedItems(
    req,
    readings.map(({ collection, itemId }) => ({ collection, id: itemId })),
  )
  const visible = readings.filter(({ collection, itemId }) => found.has(`${collection}:${itemId}`))
  const collections = [...new Set(visible.map(({ collection }) => collection))]
  return {
    total: visible.length,
    items: visible.map(({ collection, itemId, readers, seconds }) => ({
      key: `${collection}:${itemId}`,
      title: found.get(`${collection}:${itemId}`)?.title ?? '',
      href: adminDocumentUrl(req, collection, itemId),
      detail: t('home.mostRead.line', { readers, duration: studyDuration(seconds) }),
    })),
    lists: collections.map((collection) => {
      const ids = visible.filter((reading) => reading.collection === collection).map(({ itemId }) => itemId)
      return { label: contentLabel(req, collection), count: ids.length, href: adminListUrl(req, collection, { id: { in: ids } }) }
    }),
  }
}
