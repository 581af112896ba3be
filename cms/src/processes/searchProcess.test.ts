import { execFile } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// The search process is searchable from its snapshot before it loads Payload (`searchProcess.ts`): Payload's
// modules take seconds of its only thread. These are the modules it loads before Payload; when one of them pulls
// in Payload, its database adapter or Next.js, restart-to-searchable waits for them (`payloadTables.ts` importing
// the adapter's `sql` tag made it 3.5 s instead of 1.7 s in `bench:freshness`). Keep the list as searchProcess.ts loads.
const loadedBeforePayload = [
  '../search/SearchSnapshot',
  '../database/databaseOf',
  '../env',
  '../database/connections',
  '../logging/processLog',
  '../search/LiveSearchIndex',
  '../search/createSearchServer',
  './sideServer',
  '../search/indexWithin',
  '../search/Reader',
  '../search/readerFor',
]

// Records the URL of every module loaded while importing the files named in argv[1] (JSON), and prints them.
const recordLoads = `
import { registerHooks } from 'node:module'
const loaded = []
registerHooks({ load(url, context, nextLoad) { loaded.push(url); return nextLoad(url, context) } })
for (const file of JSON.parse(process.argv[1])) await import(file)
console.log(JSON.stringify(loaded))
`

describe('the search process before Payload', () => {
  it('loads what it needs to search its snapshot without Payload, its database adapter or Next.js', { timeout: 60_000 }, async () => {
    const files = loadedBeforePayload.map((name) => pathToFileURL(path.join(import.meta.dirname, `${name}.ts`)).href)
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', recordLoads, JSON.stringify(files)],
      {
        env: { ...process.env, DATABASE_URL: 'postgres://search@127.0.0.1/absent', PAYLOAD_SECRET: 'a'.repeat(40) },
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const loaded = JSON.parse(stdout) as string[]
    expect(loaded.length).toBeGreaterThan(files.length)
    expect(loaded.filter((url) => /\/node_modules\/(payload|@payloadcms\/[^/]+|next|drizzle-orm)\//.test(url))).toEqual([])
  })
})
