import path from 'node:path'
import type { CollectionBeforeOperationHook } from 'payload'
import { findOrCreateMedia } from '../../../import/findOrCreateMedia'
import { readDocx } from '../../../import/readers/readDocx'
import { toLexical } from '../../../import/toLexical'
import { readMediaFile } from '../../../storage/readMediaFile'
import { idOf } from '../../../utilities/idOf'

/**
 * An editor can start an article from a Word file: when one is attached while the body is empty,
 * its text (headings, lists, bold, tables, images) becomes the body and its first heading the title.
 */
export const fillFromWordDocument: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  const documentId = idOf(data?.sourceDocument)
  if ((operation !== 'create' && operation !== 'update') || !data || !documentId || hasText(data.body)) return args
  const media = await req.payload.findByID({ collection: 'media', id: documentId as number, depth: 0, req })
  if (!media.filename?.toLowerCase().endsWith('.docx')) return args
  const source = await readDocx(await readMediaFile(media.filename), path.basename(media.filename, '.docx'))
  const uploads = new Map<string, number | string>()
  for (const image of source.embeddedImages) {
    uploads.set(
      image.reference,
      await findOrCreateMedia(req, { data: image.data, filename: image.filename, alt: String(source.meta.title) }, false),
    )
  }
  const body = await toLexical({ config: req.payload.config, body: source.body, uploads })
  // Runs before field hooks, so the slug is made from the Word title too.
  return { ...args, data: { ...data, title: data.title || source.meta.title, body } }
}

function hasText(body: unknown): boolean {
  return JSON.stringify(body ?? {}).includes('"text":"')
}
