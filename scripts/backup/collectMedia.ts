import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { mediaMemberPrefix } from './manifest'
import type { ArchiveSource } from './writeArchive'

/** Every file under the media folder (uploads and their resized copies), as archive members `media/<relative path>`. */
export async function collectMedia(mediaDir: string): Promise<ArchiveSource[]> {
  const entries = await readdir(mediaDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return { name: `${mediaMemberPrefix}${path.relative(mediaDir, file).split(path.sep).join('/')}`, file }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** Where a `media/…` archive member goes under `mediaDir`; undefined for a name that would leave the folder. */
export function mediaTarget(mediaDir: string, memberName: string): string | undefined {
  const relative = memberName.slice(mediaMemberPrefix.length)
  const target = path.resolve(mediaDir, relative)
  return relative && target.startsWith(`${path.resolve(mediaDir)}${path.sep}`) ? target : undefined
}
