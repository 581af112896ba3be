import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { getTableName } from '@payloadcms/db-postgres/drizzle'
import * as answers from './tables/answers'
import * as campaignSummaries from './tables/campaignSummaries'
import * as contentChanges from './tables/contentChanges'
import * as signIn from './tables/signIn'
import * as study from './tables/study'

// The portal's own tables, those that are not Payload collections, declared once as drizzle tables (in
// `tables/`). Added to Payload's schema before it builds its own, so `npm run migrate:create` diffs them with the
// collections' and their migrations come from the same source; their triggers and functions, which drizzle cannot
// declare, stay hand-written in the migrations that created them. tests/integration/ownTables.test.ts checks that
// the migrated database has exactly these columns, constraints and indexes.

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]
type SchemaTables = Parameters<SchemaHook>[0]['schema']['tables']

/** Every own table by its name in the database. */
export const ownTables: SchemaTables = Object.fromEntries(
  [study, answers, campaignSummaries, signIn, contentChanges]
    .flatMap((group) => Object.values(group))
    .map((table) => [getTableName(table), table]),
)

/** Payload's `beforeSchemaInit` hook that adds `ownTables` to the schema. */
export const declareOwnTables: SchemaHook = ({ schema }) => ({ ...schema, tables: { ...schema.tables, ...ownTables } })
