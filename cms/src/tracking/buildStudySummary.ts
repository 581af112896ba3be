import { addDays, studyDay, weekStart } from '@xuexi/contract/chinaTime'
import type { StudyItem, StudySummary } from '@xuexi/contract/study/StudySummary'
import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import type { PayloadRequest } from 'payload'
import type { Pool } from '../database/databaseOf'
import { requestDatabase } from '../database/requestDatabase'
import { completionShare } from './completionShare'
import { latestFavorites } from './favorites'
import { type PointsRules, pointsKinds } from './pointsRules'
import { streakDays } from './streakDays'
import { findTrackedItems } from './trackedItems'

const historyDays = 30
const listLimit = 20
const favoritesLimit = 100

interface DailyRow {
  day: string
  kind: string
  seconds: number
  points: number
}
interface ProgressRow {
  collection: TrackedCollection
  item_id: number
  active_seconds: number
  max_scroll_percent: number
  media_seconds: number | null
  watched_seconds: number
  updated_at: Date
  completed_at: Date | null
}

/** The signed-in member's study summary; items the member can no longer read are left out. */
export async function buildStudySummary(req: PayloadRequest, props: { pool: Pool; rules: PointsRules; now: Date }): Promise<StudySummary> {
  const memberId = req.user?.id as number
  const today = studyDay(props.now)
  const query = <Row extends object>(text: string, values: unknown[]) => props.pool.query<Row>(text, values).then((result) => result.rows)
  const [daily, totals, studiedDays, progress, favorites] = await Promise.all([
    query<DailyRow>(
      `select to_char(day, 'YYYY-MM-DD') as day, kind, seconds, points from study_daily where user_id = $1 and day >= $2 order by day desc`,
      [memberId, addDays(today, -historyDays)],
    ),
    query<{ seconds: string; points: string }>(
      'select coalesce(sum(seconds), 0) as seconds, coalesce(sum(points), 0) as points from study_daily where user_id = $1',
      [memberId],
    ),
    query<{ day: string }>(
      `select distinct to_char(day, 'YYYY-MM-DD') as day from study_daily where user_id = $1 and (seconds > 0 or points > 0) order by day desc limit 400`,
      [memberId],
    ),
    query<ProgressRow>(
      `(select *, (select coalesce(sum(upper(r) - lower(r)), 0) from unnest(watched) r)::int as watched_seconds
          from reading_progress where user_id = $1 and completed_at is null order by updated_at desc limit ${listLimit})
       union all
       (select *, (select coalesce(sum(upper(r) - lower(r)), 0) from unnest(watched) r)::int as watched_seconds
          from reading_progress where user_id = $1 and completed_at is not null order by completed_at desc limit ${listLimit})`,
      [memberId],
    ),
    latestFavorites(await requestDatabase(req), memberId, favoritesLimit),
  ])
  const items = await findTrackedItems(req, [
    ...progress.map((row) => ({ collection: row.collection, id: row.item_id })),
    ...favorites.map((row) => ({ collection: row.collection, id: row.itemId })),
  ])
  const studyItem = (row: ProgressRow): StudyItem[] => {
    const item = items.get(`${row.collection}:${row.item_id}`)
    if (!item) return []
    const totals = {
      activeSeconds: row.active_seconds,
      maxScrollPercent: row.max_scroll_percent,
      watchedSeconds: row.watched_seconds,
      mediaSeconds: row.media_seconds,
    }
    const percent = row.completed_at ? 100 : Math.min(99, Math.floor(completionShare(item, totals) * 100))
    const at = (row.completed_at ?? row.updated_at).toISOString()
    return [
      { collection: item.collection, itemId: item.id, title: item.title, slug: item.slug, percent, activeSeconds: row.active_seconds, at },
    ]
  }
  const monday = weekStart(today)
  const sum = (rows: DailyRow[], field: 'seconds' | 'points') => rows.reduce((total, row) => total + row[field], 0)
  const todayRows = daily.filter((row) => row.day === today)
  const weekRows = daily.filter((row) => row.day >= monday)
  const history = [...new Set(daily.map((row) => row.day))].map((day) => {
    const rows = daily.filter((row) => row.day === day)
    return { day, seconds: sum(rows, 'seconds'), points: sum(rows, 'points') }
  })
  return {
    today,
    seconds: { today: sum(todayRows, 'seconds'), week: sum(weekRows, 'seconds'), total: Number(totals[0]?.seconds ?? 0) },
    points: {
      today: sum(todayRows, 'points'),
      week: sum(weekRows, 'points'),
      total: Number(totals[0]?.points ?? 0),
      caps: pointsKinds.map((kind) => ({
        kind,
        points: sum(
          todayRows.filter((row) => row.kind === kind),
          'points',
        ),
        dailyCap: props.rules[kind].dailyCap,
      })),
    },
    streak: streakDays(
      studiedDays.map((row) => row.day),
      today,
    ),
    inProgress: progress.filter((row) => !row.completed_at).flatMap(studyItem),
    completed: progress.filter((row) => row.completed_at).flatMap(studyItem),
    history,
    favorites: favorites.flatMap((row) => {
      const item = items.get(`${row.collection}:${row.itemId}`)
      return item
        ? [{ collection: item.collection, itemId: item.id, title: item.title, slug: item.slug, at: row.createdAt.toISOString() }]
        : []
    }),
  }
}
