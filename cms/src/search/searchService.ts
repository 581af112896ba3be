import type { Payload } from 'payload'
import { databaseOf } from '../database/databaseOf'
import { env } from '../env'
import { LiveSearchIndex } from './LiveSearchIndex'
import type { SearchIndex } from './SearchIndex'

// One index per process, also when Next.js bundles this module into several route chunks.
const stateKey = Symbol.for('xuexi-yuandi.search')

/**
 * The live search index of a process where Payload is already up (scripts, integration tests; the
 * portal's own index lives in the search process, `searchProcess.ts`): snapshot under
 * `$PORTAL_DATA_DIR/search`, kept current from the change record.
 */
export function liveSearchIndexFor(payload: Payload): LiveSearchIndex {
  const holder = globalThis as { [stateKey]?: LiveSearchIndex }
  holder[stateKey] ??= new LiveSearchIndex({
    pool: databaseOf(payload),
    payload: Promise.resolve(payload),
    log: payload.logger,
    snapshotFile: env.searchSnapshotFile,
    name: 'search index',
  })
  return holder[stateKey]
}

/** The process's search index, once searchable (from its snapshot plus catch-up, or built from the database). */
export function searchIndexFor(payload: Payload): Promise<SearchIndex> {
  return liveSearchIndexFor(payload).index()
}
