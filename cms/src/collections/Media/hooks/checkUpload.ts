import path from 'node:path'
import type { CollectionBeforeOperationHook } from 'payload'
import { cmsError } from '../../../errors/cmsError'
import { uploadRules } from '../uploadRules'

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)

/** Refuses unknown file types and oversized files with a Chinese message, before anything is stored. */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const extension = path.extname(req.file.name).toLowerCase() as keyof typeof uploadRules
  const rule = uploadRules[extension]
  if (!rule) throw cmsError('media.typeNotAllowed', 415)
  if (req.file.size > rule.maxBytes) {
    throw cmsError('media.tooLarge', 413, { kind: rule.kind, limit: formatSize(rule.maxBytes), size: formatSize(req.file.size) })
  }
  // Browsers label some files loosely (e.g. .vtt as text/plain); store the canonical type.
  req.file.mimetype = rule.mimeType
  return args
}
