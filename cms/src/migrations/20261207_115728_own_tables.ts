import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

// The tables that are not Payload collections are declared as drizzle tables from here on
// (cms/src/database/tables, added to Payload's schema by cms/src/database/ownTables.ts). The migrations before
// this one created them by hand, exactly as declared (tests/integration/ownTables.test.ts), so this migration
// changes nothing: it only records them in the schema snapshot beside it, from which `npm run migrate:create`
// diffs every later change to them, as it does for the collections.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
