import { drizzle, type NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { Pool, PoolClient } from 'pg'

/** Typed queries (drizzle's query builder) on the own tables declared in `tables/`. */
export type TypedDatabase = NodePgDatabase

/**
 * Typed queries over `connection`: the pool, or a transaction's connection from `withTransaction`, so typed
 * statements and SQL text run in one transaction. A handle is a few small objects: made where it is needed.
 */
export function typedDatabase(connection: Pool | PoolClient): TypedDatabase {
  return drizzle(connection)
}
