import { createHash } from 'node:crypto'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { uploadRules } from '../collections/Media/uploadRules'
import { ImportError } from './ImportError'

type MediaId = number | string

/** Uploads a file to the media library, or reuses the item already holding identical bytes. */
export async function findOrCreateMedia(
  req: PayloadRequest,
  file: { data: Buffer; filename: string; alt: string },
  dryRun: boolean,
): Promise<MediaId> {
  const rule = uploadRules[path.extname(file.filename).toLowerCase() as keyof typeof uploadRules]
  if (!rule) throw new ImportError('UNSUPPORTED_FILE', `引用的文件 ${file.filename} 类型不受支持`)
  const contentHash = createHash('sha256').update(file.data).digest('hex')
  const existing = await req.payload.find({ collection: 'media', where: { contentHash: { equals: contentHash } }, limit: 1, depth: 0, req })
  if (existing.docs[0]) return existing.docs[0].id
  if (dryRun) return `dry-run:${file.filename}`
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: file.alt, contentHash },
    file: { data: file.data, mimetype: rule.mimeType, name: file.filename, size: file.data.length },
    req,
  })
  return media.id
}
