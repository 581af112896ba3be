import type { AddressInfo } from 'node:net'
import { createSearchServer } from '../../cms/src/search/createSearchServer'
import { anonymousReader } from '../../cms/src/search/Reader'
import { SearchIndex } from '../../cms/src/search/SearchIndex'
import { readSnapshot } from '../../cms/src/search/SearchSnapshot'

// Child process of `npm run bench:search`: a search server that starts as a restarted CMS's does,
// from the snapshot file given as the first argument. Prints its port once it listens (the index is
// loaded by then), and how long loading the snapshot took.
const started = performance.now()
const read = await readSnapshot(process.argv[2] ?? '')
if (!read) throw new Error('no snapshot to start from')
const index = SearchIndex.restore(read.state)
const loadMs = performance.now() - started
const server = createSearchServer({ index: async () => index, readerOf: async () => anonymousReader, logError: console.error })
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, loadMs }))
