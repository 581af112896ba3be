import { ImportError } from '../ImportError'
import { plainTextToHtml } from './plainTextToHtml'
import type { SourceDocument } from './SourceDocument'

/** Plain text: the first non-empty line is the title, the rest the body. */
export function readText(bytes: Buffer): SourceDocument {
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
  const titleIndex = lines.findIndex((line) => line.trim())
  if (titleIndex === -1) throw new ImportError('EMPTY_FILE', '文件是空的')
  const title = (lines[titleIndex] ?? '').trim()
  return { meta: { title }, body: { format: 'html', text: plainTextToHtml(lines.slice(titleIndex + 1)) }, embeddedImages: [] }
}
