import type { Payload } from 'payload'
import { listenOncePerProcess } from '../utilities/listenOncePerProcess'
import { createSearchServer } from './createSearchServer'
import { indexWithin } from './indexWithin'
import { anonymousReader } from './Reader'
import { readerFor } from './readerFor'
import { searchIndexFor } from './searchService'

/**
 * Serves `/api/search*` from the CMS process on a loopback port (the launcher's front proxy routes
 * there), sharing the index that follows the change record. Starts loading the index at once.
 */
export async function startSearchServer(payload: Payload, port: number): Promise<void> {
  await listenOncePerProcess('searchServer', port, () => {
    void searchIndexFor(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'search index could not be loaded'))
    return createSearchServer({
      // A first start (no snapshot) builds the index; a search waits for it at most this long, then gets 503.
      index: () => indexWithin(searchIndexFor(payload), 10_000),
      // Only a request with credentials costs a session check; anonymous search touches no database.
      readerOf: async (headers) => {
        if (!headers.get('authorization') && !headers.get('cookie')?.includes('payload-token')) return anonymousReader
        const { user } = await payload.auth({ headers })
        return readerFor(payload, user as never)
      },
      logError: (error) => payload.logger.error({ err: error }, 'search request failed'),
    })
  })
}
