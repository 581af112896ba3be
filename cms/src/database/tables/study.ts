import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { int4multirange, tstzmultirange } from './columnTypes'
import { users } from './payloadIds'

// Study tracking (docs/architecture.md, “Study tracking”): what members' heartbeats claimed and earned,
// their progress per item, their credited time and their study per day; and their favourites.

const moment = { withTimezone: true, precision: 3 } as const

/** One row per heartbeat, never updated (a trigger refuses): its claim and what it was credited. */
export const readingEvents = pgTable(
  'reading_events',
  {
    id: uuid('id').primaryKey(),
    userId: integer('user_id').notNull(),
    collection: varchar('collection', { length: 32, enum: trackedCollections }).notNull(),
    itemId: integer('item_id').notNull(),
    occurredAt: timestamp('occurred_at', moment).notNull(),
    activeSeconds: smallint('active_seconds').notNull(),
    scrollPercent: smallint('scroll_percent').notNull(),
    watched: int4multirange('watched').notNull().default(sql`'{}'::int4multirange`),
    receivedAt: timestamp('received_at', moment).notNull().defaultNow(),
    visitId: uuid('visit_id'),
    creditedSeconds: smallint('credited_seconds').notNull().default(0),
    creditedAt: timestamp('credited_at', moment).notNull(),
  },
  (table) => [
    foreignKey({ name: 'reading_events_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('reading_events_user_occurred_idx').on(table.userId, table.occurredAt),
    check('reading_events_active_seconds_check', sql`active_seconds >= 0`),
    check('reading_events_scroll_percent_check', sql`scroll_percent >= 0 AND scroll_percent <= 100`),
    check('reading_events_credited_seconds_check', sql`credited_seconds >= 0`),
  ],
)

/** A member's progress on one item: time, scroll, what of a video they watched, completion. */
export const readingProgress = pgTable(
  'reading_progress',
  {
    userId: integer('user_id').notNull(),
    collection: varchar('collection', { length: 32, enum: trackedCollections }).notNull(),
    itemId: integer('item_id').notNull(),
    activeSeconds: integer('active_seconds').notNull().default(0),
    maxScrollPercent: smallint('max_scroll_percent').notNull().default(0),
    watched: int4multirange('watched').notNull().default(sql`'{}'::int4multirange`),
    mediaSeconds: integer('media_seconds'),
    lastEventAt: timestamp('last_event_at', moment).notNull(),
    completedAt: timestamp('completed_at', moment),
    updatedAt: timestamp('updated_at', moment).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'reading_progress_pkey', columns: [table.userId, table.collection, table.itemId] }),
    foreignKey({ name: 'reading_progress_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('reading_progress_user_updated_idx').on(table.userId, table.updatedAt.desc().nullsFirst()),
  ],
)

/** The time each member has been credited with, so no moment counts twice. */
export const studyClocks = pgTable(
  'study_clocks',
  {
    userId: integer('user_id').primaryKey(),
    credited: tstzmultirange('credited').notNull().default(sql`'{}'::tstzmultirange`),
  },
  (table) => [foreignKey({ name: 'study_clocks_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade')],
)

/** A member's study per China-time day and kind (reading, video, check-in, quiz…): seconds and points. */
export const studyDaily = pgTable(
  'study_daily',
  {
    userId: integer('user_id').notNull(),
    day: date('day').notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    seconds: integer('seconds').notNull().default(0),
    points: integer('points').notNull().default(0),
  },
  (table) => [
    primaryKey({ name: 'study_daily_pkey', columns: [table.userId, table.day, table.kind] }),
    foreignKey({ name: 'study_daily_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade'),
  ],
)

/** The items a member keeps for later. */
export const favorites = pgTable(
  'favorites',
  {
    userId: integer('user_id').notNull(),
    collection: varchar('collection', { length: 32, enum: trackedCollections }).notNull(),
    itemId: integer('item_id').notNull(),
    createdAt: timestamp('created_at', moment).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'favorites_pkey', columns: [table.userId, table.collection, table.itemId] }),
    foreignKey({ name: 'favorites_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade'),
  ],
)
