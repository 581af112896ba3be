import { readFile, writeFile } from 'node:fs/promises'
import { type HeartbeatLoadOptions, runHeartbeatLoad } from './heartbeatLoad'

// The load generator of `npm run bench:events`, in its own process so it does not share the CMS's
// event loop: reads its options from the JSON file in argv[2], writes the result to argv[3].
const [optionsFile, resultFile] = process.argv.slice(2) as [string, string]
const options = JSON.parse(await readFile(optionsFile, 'utf8')) as HeartbeatLoadOptions
await writeFile(resultFile, JSON.stringify(await runHeartbeatLoad(options)))
