import { createReadStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'
import { objectStorage } from './objectStorage'

const exportKey = (file: string) => `exports/${path.basename(file)}`

/** Where an export is written first: `$PORTAL_DATA_DIR/exports/<name>` (its final place on local disk). */
export function exportWorkFile(name: string): string {
  return path.join(env.exportsDir, name)
}

/** Moves a finished export file into the bucket when one is configured (so every instance can serve it). */
export async function keepExportFile(file: string): Promise<void> {
  const storage = objectStorage()
  if (!storage) return
  await storage.client.putObject({ Bucket: storage.bucket, Key: exportKey(file), Body: createReadStream(file) })
  await rm(file, { force: true })
}

/** The bytes of a kept export file, from the bucket or the local disk. */
export async function readExportFile(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const storage = objectStorage()
  if (!storage) return readFile(file)
  const object = await storage.client.getObject({ Bucket: storage.bucket, Key: exportKey(file) })
  if (!object.Body) throw new Error(`export object ${exportKey(file)} has no body`)
  return new Uint8Array(await object.Body.transformToByteArray())
}
