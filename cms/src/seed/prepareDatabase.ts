import type { Payload } from 'payload'
import { createFirstAdmin } from './createFirstAdmin'
import { seedSampleLibrary } from './seedSampleLibrary'

/** What preparing the database did, for the launcher to report. */
export interface PreparedDatabase {
  seeded: boolean
  /** Items loaded per content folder. */
  counts?: Record<string, number>
  admin?: { email: string; generatedPassword?: string }
}

/** Applies pending migrations; on an empty database also loads the sample library and creates the first admin. */
export async function prepareDatabase(
  payload: Payload,
  options: { contentDir: string; admin: { email?: string; password?: string } },
): Promise<PreparedDatabase> {
  await payload.db.migrate()
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users > 0) return { seeded: false }
  const admin = await createFirstAdmin(payload, options.admin)
  const counts = await seedSampleLibrary(payload, options.contentDir)
  return { seeded: true, counts, admin }
}
