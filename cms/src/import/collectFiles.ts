import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { importableExtensions } from './readers/readSource'

/** A file to import and the folder its references must stay inside. */
export interface CollectedFile {
  file: string
  root: string
}

/**
 * Files named on the command line plus the importable files inside named folders (recursively,
 * sorted), each with its root: `root` when given, else the named folder (or a named file's folder).
 */
export async function collectFiles(
  paths: readonly string[],
  root?: string,
): Promise<{ files: CollectedFile[]; ignored: string[]; missing: string[] }> {
  const files: CollectedFile[] = []
  const ignored: string[] = []
  const missing: string[] = []
  for (const entry of paths) {
    const info = await stat(entry).catch(() => undefined)
    const resolved = path.resolve(entry)
    if (!info) missing.push(entry)
    else if (info.isFile()) files.push({ file: resolved, root: path.resolve(root ?? path.dirname(resolved)) })
    else {
      const found: string[] = []
      await walk(resolved, found, ignored)
      files.push(...found.map((file) => ({ file, root: path.resolve(root ?? resolved) })))
    }
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
