// The search process (one per instance, started by the launcher before the CMS; in production from its one-bundle
// build, `scripts/launcher/buildSearchProcess.ts`, in development through tsx): serves the route table's `search`
// routes (`/api/search*`) on PORTAL_SEARCH_PORT. It must not wait for Next.js and Payload, which take many seconds to
// start: it listens at once, becomes searchable from its snapshot with plain SQL (LiveSearchIndex), and starts Payload
// afterwards for what needs it: re-reading changed items, building without a snapshot, and checking a signed-in
// reader's session. What it loads before Payload must not pull Payload in (`searchProcess.test.ts` lists those modules).
import type { Payload } from 'payload'
import { databaseOf } from '../database/databaseOf'
import { env } from '../env'
import { readSnapshot } from '../search/SearchSnapshot'

// Read first: the file is read in the thread pool while the modules below load (restart-to-searchable
// counts from the spawn). LiveSearchIndex judges the read, a failed one too.
const snapshotRead = readSnapshot(env.searchSnapshotFile)
snapshotRead.catch(() => undefined)
const [{ DatabasePool }, { processLog }, { LiveSearchIndex }] = await Promise.all([
  import('../database/connections'),
  import('../logging/processLog'),
  import('../search/LiveSearchIndex'),
])

const log = processLog()
const port = env.PORTAL_SEARCH_PORT
if (!port) {
  log.warn('PORTAL_SEARCH_PORT is not set: the search process has nothing to serve')
  process.exit(1)
}

const pool = new DatabasePool({ connectionString: env.DATABASE_URL, max: 2, application_name: 'search' })
pool.on('error', (error) => log.error({ err: error }, 'search process: idle database connection failed'))
let payloadStarted: (payload: Payload) => void = () => undefined
let payloadFailed: (error: unknown) => void = () => undefined
const payloadReady = new Promise<Payload>((resolve, reject) => {
  payloadStarted = resolve
  payloadFailed = reject
})
const live = new LiveSearchIndex({
  pool,
  payload: payloadReady,
  log,
  snapshotFile: env.searchSnapshotFile,
  snapshotRead,
  name: 'search index',
})
void live.index().catch((error: unknown) => log.error({ err: error }, 'search index could not be loaded'))
// Loaded while the index asks PostgreSQL for its change feed, fingerprint and catch-up.
const [{ createSearchServer }, { listenOnLoopback }, { indexWithin }, { anonymousReader }, { readerFor }] = await Promise.all([
  import('../search/createSearchServer'),
  import('./sideServer'),
  import('../search/indexWithin'),
  import('../search/Reader'),
  import('../search/readerFor'),
])
// Ready (`/readyz`, which the launcher waits for) once Payload is up: from then on every change is re-read.
let ready = false

const server = createSearchServer({
  // A first start (no snapshot) builds the index; a search waits for it at most this long, then gets 503.
  index: () => indexWithin(live.index(), 10_000),
  // Only a request with credentials costs a session check (with Payload, once it is up; 503 until then);
  // the session cookie is looked for as Payload looks for it (its `parseCookies`, loaded when a request
  // first sends cookies), under its default cookie prefix.
  readerOf: async (headers) => {
    const cookies = headers.get('cookie') ? (await import('payload/shared')).parseCookies(headers) : undefined
    if (!headers.get('authorization') && !cookies?.get('payload-token')) return anonymousReader
    const payload = await indexWithin(payloadReady, 10_000)
    const { user } = await payload.auth({ headers })
    return readerFor(payload, user as never)
  },
  ready: () => ready,
  logError: (error) => log.error({ err: error }, 'search request failed'),
})
await listenOnLoopback(server, port)
log.info(`search server listening on 127.0.0.1:${port}`)

// A clean shutdown (the launcher's SIGTERM) saves what changed since the last snapshot.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    live.writeSnapshotAtExit()
    process.exit(0)
  })

// Loading Payload's modules takes seconds of this process's only thread: it waits until the snapshot is
// searchable (bench:freshness measured it doubling restart-to-searchable), but not when there is none
// usable: then the index cannot be built without Payload.
await live.snapshotTried()
try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  // A PostgreSQL restart breaks Payload's idle connections; without a listener the pool's error would end
  // the process (Next.js catches it in the CMS). The pool opens new ones, the change feed reconnects.
  databaseOf(payload).on('error', (error) => log.warn(`search process: Payload's idle database connection failed (${error.message})`))
  payloadStarted(payload)
  ready = true
  log.info('search process: Payload started')
} catch (error) {
  payloadFailed(error)
  // Without Payload nothing changed can be re-read: the supervisor starts the process again.
  log.error({ err: error }, 'search process: Payload could not start')
  process.exit(1)
}
