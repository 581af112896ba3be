import { z } from 'zod'
import type { Pool } from '../database/databaseOf'
import { migrationFingerprint } from '../database/payloadTables'

/**
 * Names the database a search snapshot belongs to: its name, when it was first migrated and its last
 * migration. A snapshot of another database, or taken before a schema change, is not loaded.
 */
export async function snapshotFingerprint(pool: Pool): Promise<string> {
  return z.string().parse(await migrationFingerprint(pool))
}
