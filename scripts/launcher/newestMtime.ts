import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const ignoredNames = new Set(['node_modules', '.next', 'dist', '.astro', '.git'])

/** The latest modification time (ms) of any file under the given paths, skipping build output. */
export async function newestMtime(paths: readonly string[]): Promise<number> {
  let newest = 0
  for (const entry of paths) {
    const info = await stat(entry).catch(() => undefined)
    if (!info) continue
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs)
      continue
    }
    const children = await readdir(entry)
    const childPaths = children.filter((name) => !ignoredNames.has(name)).map((name) => path.join(entry, name))
    newest = Math.max(newest, await newestMtime(childPaths))
  }
  return newest
}
