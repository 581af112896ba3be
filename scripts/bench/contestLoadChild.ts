import { readFile, writeFile } from 'node:fs/promises'
import { contestLoadOptionsSchema, runContestLoad } from './contestLoad'

// The load generator of `npm run bench:contest`, in its own process so it does not share the front proxy's
// or the CMS's event loop: reads its options from the JSON file in argv[2], writes the result to argv[3].
const [optionsFile, resultFile] = process.argv.slice(2) as [string, string]
const options = contestLoadOptionsSchema.parse(JSON.parse(await readFile(optionsFile, 'utf8')))
await writeFile(resultFile, JSON.stringify(await runContestLoad(options)))
