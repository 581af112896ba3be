import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'
import { objectStorage } from './objectStorage'

/**
 * The bytes of an uploaded media file, from the bucket when one is configured, else
 * `$PORTAL_DATA_DIR/media`. Objects are keyed by filename alone: the media `prefix` is server-owned and empty.
 */
export async function readMediaFile(filename: string): Promise<Buffer> {
  const name = path.basename(filename)
  const storage = objectStorage()
  if (!storage) return readFile(path.join(env.mediaDir, name))
  const object = await storage.client.getObject({ Bucket: storage.bucket, Key: name })
  if (!object.Body) throw new Error(`media object ${name} has no body`)
  return Buffer.from(await object.Body.transformToByteArray())
}
