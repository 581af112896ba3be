import { bigint, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from '@payloadcms/db-postgres/drizzle/pg-core'
import { campaigns, users } from './payloadIds'

// Summaries kept by triggers so dashboards, exports and leaderboards need not recompute a campaign per request
// (docs/architecture.md, “Reading campaigns”; the triggers are in migration 20261130_071500_campaign_summaries).

/** Each enrolled member's stored standing, recomputed by its next reader when `changes` ran ahead of `computed_changes`. */
export const campaignStandings = pgTable(
  'campaign_standings',
  {
    campaignId: integer('campaign_id').notNull(),
    memberId: integer('member_id').notNull(),
    changes: bigint('changes', { mode: 'number' }).notNull().default(1),
    computedChanges: bigint('computed_changes', { mode: 'number' }).notNull().default(0),
    standing: jsonb('standing'),
  },
  (table) => [
    primaryKey({ name: 'campaign_standings_pkey', columns: [table.campaignId, table.memberId] }),
    foreignKey({ name: 'campaign_standings_campaign_id_fkey', columns: [table.campaignId], foreignColumns: [campaigns.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ name: 'campaign_standings_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('campaign_standings_member_idx').on(table.memberId),
  ],
)

/** The plan (reading list, rules, points) a campaign's stored standings were computed for. */
export const campaignStandingsBasis = pgTable(
  'campaign_standings_basis',
  {
    campaignId: integer('campaign_id').primaryKey(),
    planKey: text('plan_key').notNull(),
  },
  (table) => [
    foreignKey({ name: 'campaign_standings_basis_campaign_id_fkey', columns: [table.campaignId], foreignColumns: [campaigns.id] }).onDelete(
      'cascade',
    ),
  ],
)

/** Per campaign, study day and enrolment organization (0: none), how many enrolled members studied. */
export const campaignDailyReaders = pgTable(
  'campaign_daily_readers',
  {
    campaignId: integer('campaign_id').notNull(),
    day: date('day').notNull(),
    organizationId: integer('organization_id').notNull(),
    readers: integer('readers').notNull(),
  },
  (table) => [
    primaryKey({ name: 'campaign_daily_readers_pkey', columns: [table.campaignId, table.day, table.organizationId] }),
    foreignKey({ name: 'campaign_daily_readers_campaign_id_fkey', columns: [table.campaignId], foreignColumns: [campaigns.id] }).onDelete(
      'cascade',
    ),
  ],
)
