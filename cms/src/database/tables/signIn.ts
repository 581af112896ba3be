import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from '@payloadcms/db-postgres/drizzle/pg-core'
import { users } from './payloadIds'

// What sign-in defences remember (docs/architecture.md, “Accounts and sign-in protection”).

const instant = { withTimezone: true } as const

/** Failed sign-ins per scope (account, address…) and key within the current window. */
export const authThrottle = pgTable(
  'auth_throttle',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', instant).notNull(),
    hits: integer('hits').notNull(),
    lastHit: timestamp('last_hit', instant).notNull(),
  },
  (table) => [
    primaryKey({ name: 'auth_throttle_pkey', columns: [table.scope, table.key] }),
    index('auth_throttle_last_hit_idx').on(table.lastHit),
  ],
)

/** The addresses each member last signed in from successfully, which a lock on their account spares. */
export const signInAddresses = pgTable(
  'sign_in_addresses',
  {
    userId: integer('user_id').notNull(),
    address: text('address').notNull(),
    lastSuccess: timestamp('last_success', instant).notNull(),
  },
  (table) => [
    primaryKey({ name: 'sign_in_addresses_pkey', columns: [table.userId, table.address] }),
    foreignKey({ name: 'sign_in_addresses_user_id_fkey', columns: [table.userId], foreignColumns: [users.id] }).onDelete('cascade'),
  ],
)
