import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { importableExtensions } from './readers/readSource'

/** Files named on the command line plus the importable files inside named folders (recursively, sorted). */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; ignored: string[]; missing: string[] }> {
  const files: string[] = []
  const ignored: string[] = []
  const missing: string[] = []
  for (const entry of paths) {
    const info = await stat(entry).catch(() => undefined)
    if (!info) missing.push(entry)
    else if (info.isFile()) files.push(path.resolve(entry))
    else await walk(path.resolve(entry), files, ignored)
  }
  return { files, ignored, missing }
}

async function walk(folder: string, files: string[], ignored: string[]): Promise<void> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    // Hidden files and folder READMEs describe a folder; they are not content.
    if (entry.name.startsWith('.') || entry.name.toLowerCase() === 'readme.md') continue
    if (entry.isDirectory()) await walk(full, files, ignored)
    else if ((importableExtensions as readonly string[]).includes(path.extname(entry.name).toLowerCase())) files.push(full)
    else ignored.push(full)
  }
}
