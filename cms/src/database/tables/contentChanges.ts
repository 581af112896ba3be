import { sql } from '@payloadcms/db-postgres/drizzle'
import { bigint, bigserial, index, pgTable, text, timestamp, unique } from '@payloadcms/db-postgres/drizzle/pg-core'
import { xid8 } from './columnTypes'

/**
 * The change record every process holding derived state follows (docs/architecture.md, “Change notices”): one row
 * per document and transaction, written by row triggers (migration 20261206_031700_content_changes), never by code.
 */
export const contentChanges = pgTable(
  'content_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    collection: text('collection').notNull(),
    docId: bigint('doc_id', { mode: 'number' }).notNull(),
    op: text('op').notNull(),
    tx: xid8('tx').notNull().default(sql`pg_current_xact_id()`),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (table) => [
    unique('content_changes_tx_collection_doc_id_key').on(table.tx, table.collection, table.docId),
    index('content_changes_changed_at_idx').on(table.changedAt),
  ],
)
