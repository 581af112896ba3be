import { stat } from 'node:fs/promises'
import { newestMtime } from './newestMtime'

/** True when the build marker is missing or older than any of its sources. */
export async function isBuildStale(marker: string, sources: readonly string[]): Promise<boolean> {
  const built = await stat(marker).catch(() => undefined)
  if (!built) return true
  return (await newestMtime(sources)) > built.mtimeMs
}
