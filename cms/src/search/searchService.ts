import type { Payload } from 'payload'
import { env } from '../env'
import { LiveSearchIndex } from './LiveSearchIndex'
import type { SearchIndex } from './SearchIndex'

// One index per process, also when Next.js bundles this module into several route chunks.
const stateKey = Symbol.for('xuexi-yuandi.search')

/** The process's live search index (snapshot under `$PORTAL_DATA_DIR/search`, kept current from the change record). */
export function liveSearchIndexFor(payload: Payload): LiveSearchIndex {
  const holder = globalThis as { [stateKey]?: LiveSearchIndex }
  if (!holder[stateKey]) {
    const live = new LiveSearchIndex({ payload, snapshotFile: env.searchSnapshotFile, name: 'search index' })
    // A clean shutdown (the launcher's SIGTERM, which Next.js turns into `process.exit`) saves what changed.
    process.once('exit', () => live.writeSnapshotAtExit())
    holder[stateKey] = live
  }
  return holder[stateKey]
}

/** The process's search index, once searchable (from its snapshot plus catch-up, or built from the database). */
export function searchIndexFor(payload: Payload): Promise<SearchIndex> {
  return liveSearchIndexFor(payload).index()
}
