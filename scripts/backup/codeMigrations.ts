import { readdirSync } from 'node:fs'
import path from 'node:path'
import { projectPaths } from '../launcher/projectPaths'

/** Names of the committed Payload migrations this code applies, in order (the files `cms/src/migrations/<timestamp>_<name>.ts`). */
export function codeMigrations(): string[] {
  return readdirSync(path.join(projectPaths.cmsDir, 'src/migrations'))
    .filter((file) => /^\d{8}_\d{6}_\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()
}
