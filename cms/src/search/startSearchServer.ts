import type { Payload } from 'payload'
import { createSearchServer } from './createSearchServer'
import { anonymousReader } from './Reader'
import { readerFor } from './readerFor'
import { searchIndexFor } from './searchService'

const startedKey = Symbol.for('xuexi-yuandi.searchServer')

/**
 * Serves `/api/search*` from the CMS process on a loopback port (the launcher's front proxy routes
 * there), sharing the index that the collection hooks keep fresh. Starts loading the index at once.
 */
export async function startSearchServer(payload: Payload, port: number): Promise<void> {
  // `next dev` initializes Payload again after a config change; the port is already served then.
  const holder = globalThis as { [startedKey]?: boolean }
  if (holder[startedKey]) return
  holder[startedKey] = true
  const server = createSearchServer({
    index: () => searchIndexFor(payload),
    // Only a request with credentials costs a session check; anonymous search touches no database.
    readerOf: async (headers) => {
      if (!headers.get('authorization') && !headers.get('cookie')?.includes('payload-token')) return anonymousReader
      const { user } = await payload.auth({ headers })
      return readerFor(payload, user as never)
    },
    logError: (error) => payload.logger.error({ err: error }, 'search request failed'),
  })
  void searchIndexFor(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'search index could not be loaded'))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
}
